import type { CompiledRecord, SourceItem } from '../lib/dataset/schema';
import { regionChain, type Scope } from '../lib/scope';
import type { TopicId } from '../lib/topics';
import type { BaozhiDB } from './db';

export interface FoundAnswer {
  record: CompiledRecord;
  items: SourceItem[];
  scope: Scope;
}

/** The answer for a topic in a city, falling back to the province and then the national rule. */
export async function findAnswer(
  db: BaozhiDB,
  topic: TopicId,
  cityCode: string | null,
): Promise<FoundAnswer | null> {
  for (const step of regionChain(cityCode)) {
    const record = await db.records.where('[topic+region]').equals([topic, step.region]).first();
    if (record) {
      const items = (await db.items.bulkGet(record.sources)).filter((item) => item !== undefined);
      return { record, items, scope: step.scope };
    }
  }
  return null;
}
