import { useCallback } from 'react';
import { describeRange, type ForecastModel, type ParamKind } from '../../model';
import { rangeMedian, type AppStore, type ParamRange } from '../../state';
import { modelErrorText, useStoreApi, useT } from '../shared';

type Apply = (candidate: ForecastModel, field: string) => string | undefined;

/**
 * Closes the undo step just made: what is typed and entered is a step of its own, however soon the next comes
 * (a slider's drag, by contrast, is one step for all its moves). A range cleared and the number typed in its
 * place share their field's key and are one step, closed after the number.
 */
export const endStep = (store: AppStore) => store.setState({ lastChange: { key: undefined, at: 0 } });

/**
 * Sets a parameter's range: the model takes the range's median as its value in force (so the line stays
 * meaningful), then the range is stored. Both go in under the field's coalescing key: one undo step.
 */
export function useRangeApply(scenarioId: string, seriesId: string, apply: Apply) {
  const store = useStoreApi();
  const t = useT();
  return useCallback(
    (path: string, range: ParamRange | undefined, kind: ParamKind, make: (v: string) => ForecastModel): string | undefined => {
      const key = `${scenarioId}:${seriesId}:${path}`;
      if (!range) {
        store.getState().setUncertainty(scenarioId, seriesId, path, undefined, key);
        return undefined;
      }
      const read = describeRange(kind, range.low, range.high, path);
      if (!read.ok) return modelErrorText(read.error, t);
      const refused = apply(make(rangeMedian(kind, range)), path);
      if (refused) return refused;
      store.getState().setUncertainty(scenarioId, seriesId, path, range, key);
      endStep(store);
      return undefined;
    },
    [store, t, scenarioId, seriesId, apply],
  );
}
