export { AssumptionsPanel } from './AssumptionsPanel';
