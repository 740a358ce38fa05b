; Facts isolint extracts from JavaScript, TypeScript and TSX (one query for
; all three: the TypeScript grammars extend the JavaScript one).
; Each capture name is read by src/model/facts.rs.

; Calls: `app.listen(3000)`, `it('x', fn)`, `test.each(rows)('x', fn)`.
(call_expression
  function: (_) @call.callee
  arguments: (arguments) @call.args) @call

; Constructor calls: `new WebSocketServer({ port: 8080 })`.
(new_expression
  constructor: (_) @new.callee
  arguments: (arguments)? @new.args) @new

; Assignments: `PORT = 3000`, `Date.now = () => 0`, `process.env.X = "1"`.
(assignment_expression
  left: (_) @assign.target
  right: (_) @assign.value) @assign

(augmented_assignment_expression
  left: (_) @assign.target
  right: (_) @assign.value) @augassign

; The statements that hold declarators: a declarator's kind (`const`,
; `let`, `var`, `using`) is its parent's, and a match here makes that parent
; known without climbing the tree.
(lexical_declaration) @declaration
(variable_declaration) @declaration

; Declarations: `const PORT = 3000`, `let server;`.
(variable_declarator
  name: (_) @decl.name
  value: (_)? @decl.value) @decl

; `counter++`, `--n`.
(update_expression
  argument: (_) @update.target) @update

; `delete process.env.X`.
(unary_expression
  operator: "delete"
  argument: (_) @delete.target) @delete

; Function declarations, so that a call to a local helper can be followed.
(function_declaration
  name: (identifier) @function.name) @function

; Imports name the framework: `from 'vitest'`, `require('node:test')`.
(import_statement
  source: (string) @import.source)

; `const helper = () => {...}` / `const helper = function () {...}`.
(variable_declarator
  name: (identifier) @function.name
  value: [(arrow_function) (function_expression)]) @function

; Class methods, so that helpers in a test class are known.
(method_definition
  name: (property_identifier) @function.name) @function

; Classes declared in the file (`class FakeRepo {}`, `const C = class X {}`):
; `new FakeRepo()` is a test double, not a database.
(class_declaration
  name: (_) @class.name) @class

(class
  name: (_) @class.name) @class

; Tagged templates (`sql\`DELETE FROM users\``, `prisma.$executeRaw\`...\``):
; not calls above, whose pattern needs an argument list.
(call_expression
  function: (_) @tagged.callee
  arguments: (template_string) @tagged.template) @tagged
