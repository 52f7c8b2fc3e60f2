// The certification targets a course can prepare for. Exam blueprints (domains,
// weights, formats) are edited by admins; these are the names the catalog shows.
export const CERTIFICATION_TARGETS = [
  { code: "PMP", name: "Project Management Professional (PMP)", description: "PMI's certification for experienced project managers." },
  { code: "CAPM", name: "Certified Associate in Project Management (CAPM)", description: "PMI's entry-level project management certification." },
  { code: "LSSGB", name: "Lean Six Sigma Green Belt", description: "Green Belt in the IASSC and ASQ CSSGB styles." },
  { code: "LEAN", name: "Kaizen Lean Practitioner", description: "Kaizen Academy's own Lean certificate." },
  { code: "EI", name: "Kaizen Emotional Intelligence Certificate", description: "Kaizen Academy's own emotional intelligence certificate." },
] as const;
