/** Dutch labels for the values the schemas allow; one place, so wording stays consistent. */

export const PAYMENT_LABELS = {
  bezoldigd: 'Bezoldigd',
  onbezoldigd: 'Onbezoldigd',
  onkostenvergoeding: 'Onkostenvergoeding',
} as const;

export const OFFICE_LABELS = {
  statenlid: 'Statenlid',
  gedeputeerde: 'Gedeputeerde',
  commissaris: 'Commissaris van de Koning',
} as const;

export const GIFT_KIND_LABELS = {
  geschenk: 'Geschenk',
  uitnodiging: 'Uitnodiging',
  reis: 'Reis',
} as const;

export const DESTINATION_LABELS = {
  behouden: 'Behouden (onder de drempel)',
  ingeleverd: 'Ingeleverd',
  geretourneerd: 'Teruggegeven',
  geschonken: 'Geschonken aan een goed doel',
  gedeeld: 'Gedeeld / genuttigd',
  'provinciaal-eigendom': 'Eigendom van de provincie',
  bijgewoond: 'Aangenomen / bijgewoond',
  afgeslagen: 'Afgeslagen',
} as const;

export const INTEREST_NATURE_LABELS = {
  aandelen: 'Aandelen',
  obligaties: 'Obligaties',
  opties: 'Opties',
  'onroerend-goed': 'Onroerend goed',
  'eigen-onderneming': 'Eigen onderneming',
  lening: 'Lening',
  overig: 'Overig',
} as const;

export const CADENCE_LABELS = {
  kwartaal: 'elk kwartaal',
  halfjaar: 'elk half jaar',
  jaar: 'elk jaar',
} as const;

export const CADENCE_MONTHS = { kwartaal: 3, halfjaar: 6, jaar: 12 } as const;

export const PER_LABELS = {
  week: 'per week',
  maand: 'per maand',
  jaar: 'per jaar',
  vergadering: 'per vergadering',
  eenmalig: 'eenmalig',
} as const;

/** What a declaration state means on a page. */
export const DECLARATION_LABELS = {
  geen: 'Niets te melden',
  'niet-opgegeven': 'Niet opgegeven',
} as const;
