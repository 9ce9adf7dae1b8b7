// Test and seed factories: seeded randomness, names, dates, 身份证号, cadres.
export { Rng, hashString } from "./random";
export { IdFactory, IdRegistry } from "./ids";
export * from "./dates";
export { namePinyinOf, personName, pickSurname, pickGivenName, type NamePinyin } from "./names";
export { buildIdNumber, idNumberFor } from "./id-number";
export { educationSummary, planEducation, type EducationDraft } from "./education";
export { buildCadre, type BuildCadreOptions } from "./cadre-builder";
export { createFullCadre, FULL_CADRE_INCLUDE, type FullCadre, type FullCadreOptions } from "./full-cadre";
