// Placeholder (build/CI scaffolding) — to be replaced.
export function App() {
  return <h1>GenAI media forecast</h1>;
}

export default App;
