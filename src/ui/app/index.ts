import './styles.css';
import './print.css';

export { App } from './App';
