// Kinds of organisational units and roles, with their Swedish names (GLOSSARY.md).

export const orgUnitKinds = ['fullmaktige', 'kommunstyrelse', 'namnd', 'revision', 'bolag', 'forvaltning', 'avdelning', 'enhet'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

export const orgUnitKindName: Record<OrgUnitKind, string> = {
  fullmaktige: 'kommunfullmäktige',
  kommunstyrelse: 'kommunstyrelse',
  namnd: 'nämnd',
  revision: 'revision',
  bolag: 'bolag',
  forvaltning: 'förvaltning',
  avdelning: 'avdelning',
  enhet: 'enhet',
};

export const roles = ['elected', 'manager', 'staff', 'controller', 'registrar', 'auditor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleName: Record<Role, string> = {
  elected: 'förtroendevald',
  manager: 'chef',
  staff: 'medarbetare',
  controller: 'controller',
  registrar: 'registrator',
  auditor: 'revisor',
  admin: 'systemadministratör',
};
