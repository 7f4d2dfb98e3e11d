import { storage } from '#imports';
import { z } from 'zod';
import { getRegion } from '../lib/regions';

// Stored values are validated on every read: a corrupted or unknown value falls back to the default.
const HomeCity = z
  .string()
  .regex(/^\d{6}$/)
  .refine((code) => getRegion(code)?.province !== undefined, 'not a home city')
  .nullable();

const homeCityItem = storage.defineItem<string | null>('sync:homeCity', { fallback: null, version: 1 });

export async function getHomeCity(): Promise<string | null> {
  const parsed = HomeCity.safeParse(await homeCityItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function setHomeCity(code: string): Promise<void> {
  await homeCityItem.setValue(HomeCity.parse(code));
}

export function watchHomeCity(callback: (code: string | null) => void): () => void {
  return homeCityItem.watch((value) => {
    const parsed = HomeCity.safeParse(value);
    callback(parsed.success ? parsed.data : null);
  });
}
