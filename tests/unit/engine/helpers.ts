// Shared setup for the engine tests: the real dataset, regions and index (data/generated, from data:build).
import { loadEngine, type Engine } from '../../../scripts/lib/engine-load';

let engine: Promise<Engine> | undefined;

export function getEngine(): Promise<Engine> {
  engine ??= loadEngine();
  return engine;
}
