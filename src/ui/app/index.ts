import './styles.css';

export { App } from './App';
