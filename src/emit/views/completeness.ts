export { hasAllElements, hasCompetencies, hasFullProfile, hasJobDuties } from "../../model/completeness.js";
