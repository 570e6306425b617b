export { ScenarioPanel } from './ScenarioPanel';
