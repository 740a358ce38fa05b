import React from 'react';
import { render, screen } from '@testing-library/react';

const renders = [];
const mounts = [];

function Probe({ label }) {
  renders.push(label);
  return <span>{label}</span>;
}

function Mounted({ label }) {
  mounts.push(label);
  return <em>{label}</em>;
}

beforeEach(() => {
  mounts.length = 0;
});

test('renders the first label', () => {
  render(<Probe label="one" />);
  render(<Mounted label="one" />);
  expect(screen.getByText('one')).toBeTruthy();
});

test('renders the second label', () => {
  render(<Probe label="two" />);
  render(<Mounted label="two" />);
  expect(mounts).toEqual(['two']);
});
