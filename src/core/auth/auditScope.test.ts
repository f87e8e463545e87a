import { describe, expect, it } from 'vitest';
import { readsWholeAuditLog } from './auditScope.js';

describe('readsWholeAuditLog', () => {
  it('holds for an auditor on the revision only', () => {
    expect(readsWholeAuditLog([{ role: 'auditor', unitKind: 'revision' }])).toBe(true);
    expect(readsWholeAuditLog([{ role: 'auditor', unitKind: 'forvaltning' }])).toBe(false);
    expect(readsWholeAuditLog([{ role: 'admin', unitKind: 'revision' }])).toBe(false);
    expect(readsWholeAuditLog([])).toBe(false);
  });
});
