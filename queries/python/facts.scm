; Facts isolint extracts from Python. Each capture name is read by
; src/model/facts.rs.

; Calls: `sock.bind(("", 8000))`, `open(p, "w")`, `User.objects.create(...)`.
(call
  function: (_) @call.callee
  arguments: (_) @call.args) @call

; Assignments: `PORT = 8000`, `os.environ["X"] = "1"`, `time.time = fake`.
(assignment
  left: (_) @assign.target
  right: (_)? @assign.value) @assign

(augmented_assignment
  left: (_) @assign.target
  right: (_) @assign.value) @augassign

; `del os.environ["X"]`.
(delete_statement
  (_) @delete.target) @delete

; Functions and methods: tests, hooks, fixtures and helpers.
(function_definition
  name: (identifier) @function.name) @function

; `global counter` inside a function.
(global_statement) @global

; Imports name the framework: `import pytest`, `from unittest import TestCase`.
(import_statement) @import
(import_from_statement) @import

; Classes: pytest `Test*` classes, unittest `TestCase` subclasses, and the
; class bodies where shared attributes live.
(class_definition
  name: (identifier) @class.name) @class

; A decorated function or class: its decorators are read from here
; (`Model::decorators`) instead of asking the definition for its parent.
(decorated_definition
  definition: (_) @decorated.definition) @decorated
