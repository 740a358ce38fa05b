import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { TodoList, type Todo } from './TodoList';

const toggled: string[] = [];
let renders = 0;

const todos: Todo[] = [
  { id: 't1', title: 'Buy milk', done: false },
  { id: 't2', title: 'Walk dog', done: true },
];

beforeEach(() => {
  renders = 0;
});

describe('<TodoList />', () => {
  it('reports toggles', () => {
    render(<TodoList todos={todos} onToggle={(id) => toggled.push(id)} />);
    fireEvent.click(screen.getByLabelText('Buy milk'));
    expect(toggled).toContain('t1');
  });

  it('renders once per change', () => {
    render(<TodoList todos={todos} onRender={() => renders++} />);
    expect(renders).toBe(1);
  });
});

describe.concurrent('<TodoList /> saving', () => {
  let lastSaved: Todo | undefined;

  beforeEach(() => {
    lastSaved = undefined;
  });

  it('saves the edited todo', async () => {
    render(<TodoList todos={todos} onSave={(todo) => { lastSaved = todo; }} />);
    fireEvent.click(screen.getByText('Save'));
    expect(lastSaved?.id).toBe('t1');
  });
});
