/**
 * Every fixed word of the generated documents (headings, labels, column names, markers), in both languages.
 * Markdown templates hold structure only and the DOCX emitter reads the same table, so a document says the same
 * thing in both formats. `DocumentWords` is the contract: a key missing in one language is a compile error.
 */
export interface DocumentWords {
  meta: { approved: string; version: string; date: string };
  titles: {
    jobDuties: string;
    competencies: string;
    profile: string;
    processSpec: (name: string) => string;
    unitRegulation: (name: string) => string;
    orgStructure: string;
    competencyMatrix: string;
    participationMatrix: string;
    processMap: string;
    orgChart: string;
    index: string;
  };
  common: {
    position: string;
    unit: string;
    reportsTo: string;
    headcount: string;
    process: string;
    none: string;
    source: string;
    organization: string;
    /** Goal of a process with several clients: `client: goal`. */
    clientGoal: (client: string, goal: string) => string;
    measure: string;
    target: string;
  };
  jobDuties: { intro: string; functions: string; goals: string; results: string; indicators: string; empty: string };
  competencies: { intro: string; knowledge: string; skills: string; qualities: string; empty: string };
  profile: {
    general: string;
    generalKnowledge: string;
    subjectKnowledge: string;
    skills: string;
    qualities: string;
    values: string;
    functionalDuties: string;
    responsibility: string;
    /** Indicators of processes the position executes but does not own. */
    contribution: string;
    profstandard: string;
    profstandardCode: string;
    profstandardTitle: string;
    profstandardFunction: string;
    profstandardLevel: string;
  };
  process: {
    code: string;
    level: string;
    parent: string;
    elements: {
      name: string;
      description: string;
      clients: string;
      goals: string;
      results: string;
      indicators: string;
      resources: string;
      suppliers: string;
      executors: string;
      owner: string;
      structure: string;
    };
    client: string;
    clientKind: string;
    clientGoals: string;
    result: string;
    resultTo: string;
    indicator: string;
    indicatorType: string;
    indicatorMeasure: string;
    indicatorTarget: string;
    resource: string;
    resourceType: string;
    supplier: string;
    supplierKind: string;
    executor: string;
    executorFunctions: string;
    provisional: string;
    noStructure: string;
    indicatorTypes: { effectiveness: string; efficiency: string; quality: string; productivity: string };
    resourceTypes: { consumable: string; renewable: string };
    partyKinds: { position: string; unit: string; process: string; external: string; company: string };
  };
  unit: {
    general: string;
    name: string;
    parent: string;
    head: string;
    functions: string;
    positions: string;
    processes: string;
    role: string;
    roles: { owner: string; executor: string };
    participants: string;
    internalClients: string;
    internalSuppliers: string;
    responsibility: string;
    responsibilityIntro: string;
  };
  orgStructure: {
    strategy: string;
    strategyClients: string;
    clientValues: string;
    advantages: string;
    values: string;
    units: string;
    functions: string;
    responsibility: string;
    owner: string;
  };
  matrix: {
    legend: string;
    competency: string;
    knowledge: string;
    skills: string;
    qualities: string;
    columnsNote: string;
    has: string;
    markers: { owner: string; executor: string; client: string; supplier: string };
    markerNames: { owner: string; executor: string; client: string; supplier: string };
  };
  diagrams: { processMapIntro: string; orgChartIntro: string; image: string; processesByLevel: string };
  index: {
    organization: string;
    processes: string;
    units: string;
    positions: string;
    completeness: string;
    figure: string;
    value: string;
    processesComplete: string;
    positionsWithDuties: string;
    positionsWithCompetencies: string;
    positionsWithProfile: string;
    ofTotal: (done: number, total: number, percent: string) => string;
    completeNote: string;
  };
}
