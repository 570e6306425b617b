import type { Lang } from '../../model';
import { auditEn, type AuditMessages } from './audit-en';
import { auditZh } from './audit-zh';

export type { AuditMessages } from './audit-en';

/** Loaded with the audit panel, never with the page. */
export const auditCatalogues: Record<Lang, AuditMessages> = { en: auditEn, zh: auditZh };
