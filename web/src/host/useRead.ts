import { useEffect, useState } from 'preact/hooks';
import type { AnyDocument, ResultOf, VariablesOf } from '@diemcau/client';
import { useWorkspace } from './context';

/**
 * A query read again each time `key` changes (nothing read while it is null), its newest answer
 * kept: a failed read leaves the last one shown until the next change reads again.
 */
export function useRead<D extends AnyDocument>(
  document: D,
  variables: VariablesOf<D>,
  key: unknown,
): ResultOf<D> | null {
  const { client } = useWorkspace();
  const [result, setResult] = useState<ResultOf<D> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    client.request(document, variables).then(
      (read) => current && setResult(read),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
