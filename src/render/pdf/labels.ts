/** The few words the PDF adds itself, in the programme's language. */
export interface Labels {
  schedule: string;
  annex: string;
  notes: string;
  access: string;
  untitled: string;
}

const LABELS: Record<string, Labels> = {
  fr: { schedule: 'Programme', annex: 'Annexe', notes: 'Notes', access: 'Accès', untitled: 'Programme' },
  en: { schedule: 'Programme', annex: 'Appendix', notes: 'Notes', access: 'Access', untitled: 'Programme' },
  de: { schedule: 'Programm', annex: 'Anhang', notes: 'Anmerkungen', access: 'Anfahrt', untitled: 'Programm' },
  es: { schedule: 'Programa', annex: 'Anexo', notes: 'Notas', access: 'Acceso', untitled: 'Programa' },
  it: { schedule: 'Programma', annex: 'Allegato', notes: 'Note', access: 'Accesso', untitled: 'Programma' },
};

export function labelsFor(language: string): Labels {
  return LABELS[primaryTag(language)] ?? (LABELS.en as Labels);
}

export function primaryTag(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}
