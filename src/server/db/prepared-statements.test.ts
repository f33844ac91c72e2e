import { describe, expect, it } from 'vitest';

import { preparedStatementName } from './prepared-statements';

describe('preparedStatementName', () => {
  it('names a marked statement after its text, the same every time', () => {
    const sql = '/* prepared */ SELECT 1 WHERE $1::int > 0';
    expect(preparedStatementName({ sql })).toMatch(/^trappan_[\w-]{24}$/);
    expect(preparedStatementName({ sql })).toBe(preparedStatementName({ sql: `${sql}` }));
    expect(preparedStatementName({ sql: '/* prepared */ SELECT 2' })).not.toBe(preparedStatementName({ sql }));
  });
  it('leaves every other statement unnamed', () => {
    expect(preparedStatementName({ sql: 'SELECT "id" FROM "User" WHERE "email" = $1' })).toBeUndefined();
    expect(preparedStatementName({ sql: 'SELECT 1 /* prepared */' })).toBeUndefined();
  });
});
