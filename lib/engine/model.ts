import modelJson from '../../data/generated/model.json';
import { loadModel, type Model, type SerializedModel } from './classifier';

// The classifier that ships with the extension (built by data:build from the labelled questions). Imported only
// where questions are asked (the popup's and the pages' search, the CLIs): not the content script, and not the
// background, which builds an imported dataset's lookup tables without it.

let model: Model | undefined;

export function shippedModel(): Model {
  model ??= loadModel(modelJson as SerializedModel);
  return model;
}
