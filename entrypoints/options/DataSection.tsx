import { useState } from 'react';
import { browser } from '#imports';
import { DataBanner } from '../../components/DataBanner';
import { type DataState, ImportResult } from '../../lib/messages';
import { t } from '../../utils/i18n';
import { exportSettings, importSettings, resetSettings } from '../../utils/settings';
import { useTask } from '../../hooks/use-task';

type Outcome = { ok: true; text: string } | { ok: false; text: string; problems: string[] } | null;

function Result({ outcome, testId }: { outcome: Outcome; testId: string }) {
  if (!outcome) return null;
  return outcome.ok ? (
    <p className="ok" aria-live="polite" data-testid={testId}>
      {outcome.text}
    </p>
  ) : (
    <div className="problems" role="alert" data-testid={testId}>
      <p>
        <strong>{outcome.text}</strong>
      </p>
      <ul>
        {outcome.problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Dataset facts and files: import a dataset; export, import and reset settings. Nothing leaves the machine. */
export function DataSection({
  dataState,
  onSettingsChanged,
}: {
  dataState: DataState;
  onSettingsChanged: () => void;
}) {
  const [datasetOutcome, setDatasetOutcome] = useState<Outcome>(null);
  const [settingsOutcome, setSettingsOutcome] = useState<Outcome>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const { run } = useTask();

  async function importDataset(file: File) {
    setDatasetOutcome(null);
    const raw: unknown = await browser.runtime.sendMessage({
      type: 'import-dataset',
      text: await file.text(),
    });
    const parsed = ImportResult.safeParse(raw);
    if (!parsed.success) {
      setDatasetOutcome({ ok: false, text: t('datasetRejected'), problems: [t('noReply')] });
    } else if (parsed.data.ok) {
      setDatasetOutcome({
        ok: true,
        text: t('datasetImported', [parsed.data.version, String(parsed.data.recordCount)]),
      });
    } else {
      setDatasetOutcome({ ok: false, text: t('datasetRejected'), problems: parsed.data.problems });
    }
  }

  async function download() {
    const blob = new Blob([await exportSettings()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'baozhi-settings.json';
    link.click();
    // The download has its own reference by now; release ours on the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setSettingsOutcome({ ok: true, text: t('settingsExported') });
  }

  async function upload(file: File) {
    let result: Awaited<ReturnType<typeof importSettings>>;
    try {
      result = await importSettings(await file.text());
    } catch (error) {
      result = { ok: false, problems: [String((error as Error)?.message ?? error)] };
    }
    setSettingsOutcome(
      result.ok
        ? { ok: true, text: t('settingsImported') }
        : { ok: false, text: t('settingsRejected'), problems: result.problems },
    );
    if (result.ok) onSettingsChanged();
  }

  async function restore() {
    setDatasetOutcome(null);
    const parsed = ImportResult.safeParse(await browser.runtime.sendMessage({ type: 'restore-bundled' }));
    if (parsed.success && parsed.data.ok)
      setDatasetOutcome({
        ok: true,
        text: t('restoredBundled', [parsed.data.version, String(parsed.data.recordCount)]),
      });
    else
      setDatasetOutcome({
        ok: false,
        text: t('restoreFailed'),
        problems: parsed.success && !parsed.data.ok ? parsed.data.problems : [t('noReply')],
      });
  }

  async function reset() {
    await resetSettings();
    setConfirmReset(false);
    setSettingsOutcome({ ok: true, text: t('settingsReset') });
    onSettingsChanged();
  }

  // Status and import progress stay in view; the maintainer's controls are folded under 数据管理.
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <DataBanner state={dataState} />
      <details className="data-manage" data-testid="data-manage">
        <summary>{t('dataManage')}</summary>
        <p className="cite">{t('dataManageHelp')}</p>
        <dl className="facts" data-testid="data-facts">
          <div>
            <dt>{t('dataState')}</dt>
            <dd>{t(`state_${dataState.status}`)}</dd>
          </div>
          {dataState.status === 'ready' && (
            <>
              <div>
                <dt>{t('dataVersion')}</dt>
                <dd>{dataState.version}</dd>
              </div>
              <div>
                <dt>{t('dataRecords')}</dt>
                <dd>{dataState.recordCount}</dd>
              </div>
              <div>
                <dt>{t('dataImportedAt')}</dt>
                <dd>{new Date(dataState.importedAt).toLocaleString()}</dd>
              </div>
            </>
          )}
        </dl>

        <h3>{t('datasetImportTitle')}</h3>
        <p className="cite">{t('datasetImportHelp')}</p>
        <JsonFileInput
          label={t('datasetChoose')}
          testId="dataset-file"
          onFile={(file) => run(importDataset(file))}
        />
        <div className="row">
          <button type="button" onClick={() => run(restore())}>
            {t('restoreBundled')}
          </button>
          <span className="cite">{t('restoreBundledHelp')}</span>
        </div>
        <Result outcome={datasetOutcome} testId="dataset-result" />

        <h3>{t('settingsFileTitle')}</h3>
        <div className="row">
          <button type="button" onClick={() => run(download())}>
            {t('settingsExport')}
          </button>
          <JsonFileInput
            label={t('settingsImport')}
            testId="settings-file"
            onFile={(file) => run(upload(file))}
          />
          {confirmReset ? (
            <>
              <button type="button" className="danger" onClick={() => run(reset())}>
                {t('settingsResetConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmReset(false)}>
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmReset(true)}>
              {t('settingsResetButton')}
            </button>
          )}
        </div>
        <Result outcome={settingsOutcome} testId="settings-result" />
      </details>
    </section>
  );
}

/** A labelled JSON file chooser; it resets after each choice so the same file can be chosen again. */
function JsonFileInput({
  label,
  testId,
  onFile,
}: {
  label: string;
  testId: string;
  onFile: (file: File) => void;
}) {
  return (
    <label className="file">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
