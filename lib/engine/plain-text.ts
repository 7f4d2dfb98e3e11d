import type { CitedReference } from '../dataset/resolve';
import type { CompiledRecord, SourceItem } from '../dataset/schema';
import { dateLine, periodEnded, periodLabel } from '../dataset/validity';

// The whole answer as plain text: the CLI's `text` field and "copy as plain text". The same parts in the same
// order as the answer on screen: conclusion and its date line first, then the next step, what changes it, how
// to act, figures with their periods, the official basis, and what posts say (majority view first).

const CHANNEL_KIND: Record<CompiledRecord['answer']['channels'][number]['kind'], string> = {
  hotline: '热线',
  app: 'APP',
  miniprogram: '小程序',
  website: '网站',
  counter: '窗口',
  employer: '单位',
};

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export interface PlainTextOptions {
  /** 「郑州专属」「全国通用规则(本市暂无专门条目)」, printed under the title when given. */
  scopeLabel?: string;
  /** The documents the record cites (政策依据). */
  refs?: readonly CitedReference[];
  /** YYYY-MM-DD: for the date line, past deadlines and ended periods. */
  today: string;
}

/** `items` may be the whole dataset's item table or just this record's. */
export function answerToPlainText(
  record: CompiledRecord,
  items: readonly SourceItem[],
  options: PlainTextOptions,
): string {
  const { today, scopeLabel, refs = [] } = options;
  const byId = new Map(items.map((item) => [item.item, item]));
  const own = record.sources.flatMap((id) => byId.get(id) ?? []);
  const { answer } = record;
  const lines: string[] = [record.questions[0]!];
  if (scopeLabel) lines.push(`(${scopeLabel})`);
  lines.push('', `结论:${answer.conclusion}`, `(${dateLine(record, own, today)})`);
  if (answer.steps[0]) lines.push(`现在该做什么:${answer.steps[0]}`);
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', `${title}:`, ...body);
  };
  section(
    '要点',
    answer.points.map((point) => `- ${point}`),
  );
  section(
    '分情况',
    answer.conditions.map((c) => `- ${c.when}:${c.then}`),
  );
  section(
    '时间节点',
    record.deadlines.map((d) => `- ${d.text}(${d.until < today ? `已于${d.until}截止` : `截至${d.until}`})`),
  );
  section(
    '办理步骤',
    answer.steps.map((step, i) => `${i + 1}. ${step}`),
  );
  section(
    '办理渠道',
    answer.channels.map((c) => `- ${c.name}(${CHANNEL_KIND[c.kind]}${c.tel ? ` ${c.tel}` : ''})`),
  );
  section(
    '数字',
    answer.numbers.map((n) => {
      const period = n.period
        ? `(${periodLabel(n.period)}${periodEnded(n.period, today) ? ',该期已结束' : ''})`
        : '';
      return `- ${n.label}:${formatNumber(n.value)}${n.unit}${period}`;
    }),
  );
  section(
    '政策依据',
    refs.length > 0
      ? refs.map(
          (r) =>
            `- 《${r.title}》${r.number ? `(${r.number})` : ''}${r.article ? ` ${r.article}` : ''},${r.issuer},${r.date}:${r.rule}`,
        )
      : [`- ${record.referencesNote ?? '暂无可核实的官方文件。'}`],
  );
  section(
    '来源说法不一',
    record.conflicts.flatMap((conflict) => [
      `- ${conflict.summary}`,
      ...[...conflict.claims]
        .sort((a, b) => b.items.length - a.items.length)
        .map((claim) => `  · ${claim.text}(来源 ${claim.items.join('、')})`),
      `  采用:${conflict.position}`,
    ]),
  );
  section(
    '只有一个来源的说法(未经官方核实)',
    record.unverified.map((u) => `- ${u.text}(来源 ${u.items.join('、')})`),
  );
  section(
    '网上来源',
    record.sources.map((id) => {
      const item = byId.get(id);
      if (!item) return `- ${id}`;
      const date = item.date ? `,${item.date}` : '';
      return `- ${item.title}(${id}${date})${item.complete ? '' : ' [原文不完整]'}`;
    }),
  );
  section(
    '关于来源',
    record.notes.map((note) => `- ${note}`),
  );
  return lines.join('\n');
}
