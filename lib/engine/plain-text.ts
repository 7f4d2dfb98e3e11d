import type { CompiledRecord, SourceItem } from '../dataset/schema';

// The whole answer as plain text: the CLI's `text` field and the popup's "copy as plain text".

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

/**
 * Conclusion first, then points, conditions, steps, channels, numbers, disagreements between sources and
 * the sources with their dates. `items` may be the whole dataset's item table or just this record's.
 * `scopeLabel` (「郑州专属」「全国通用规则(本市暂无专门条目)」) is printed under the title when given.
 */
export function answerToPlainText(
  record: CompiledRecord,
  items: readonly SourceItem[],
  scopeLabel?: string,
): string {
  const byId = new Map(items.map((item) => [item.item, item]));
  const { answer } = record;
  const lines: string[] = [record.questions[0]!];
  if (scopeLabel) lines.push(`(${scopeLabel})`);
  lines.push('', `结论:${answer.conclusion}`);
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
    '办理步骤',
    answer.steps.map((step, i) => `${i + 1}. ${step}`),
  );
  section(
    '办理渠道',
    answer.channels.map((c) => `- ${c.name}(${CHANNEL_KIND[c.kind]}${c.tel ? ` ${c.tel}` : ''})`),
  );
  section(
    '数字',
    answer.numbers.map((n) => `- ${n.label}:${formatNumber(n.value)}${n.unit}`),
  );
  section(
    '来源说法不一',
    record.conflicts.flatMap((conflict) => [
      `- ${conflict.summary}`,
      ...conflict.claims.map((claim) => `  · ${claim.text}(来源 ${claim.items.join('、')})`),
      `  采用:${conflict.position}`,
    ]),
  );
  section(
    '来源',
    record.sources.map((id) => {
      const item = byId.get(id);
      if (!item) return `- ${id}`;
      const date = item.date ? `,${item.date}` : '';
      return `- ${item.title}(${id}${date})${item.complete ? '' : ' [原文不完整]'}`;
    }),
  );
  return lines.join('\n');
}
