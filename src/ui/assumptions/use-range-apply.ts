import { useCallback } from 'react';
import { describeRange, type ForecastModel, type ParamKind } from '../../model';
import { rangeMedian, type ParamRange } from '../../state';
import { modelErrorText, useStoreApi, useT } from '../shared';

type Apply = (candidate: ForecastModel, field: string) => string | undefined;

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
      return undefined;
    },
    [store, t, scenarioId, seriesId, apply],
  );
}
