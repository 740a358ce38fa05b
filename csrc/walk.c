// A pre-order walk over a tree-sitter tree that reads the subtree arrays
// directly, for `src/walk.rs`. See that module for why it exists and how it
// is kept honest. Compiled against the private headers of the exact
// tree-sitter crate version in Cargo.lock (build.rs finds them).
#include <stdlib.h>
#include "tree_sitter/api.h"
#include "subtree.h"
#include "language.h"
#include "tree.h"
#include "length.h"

typedef struct {
  const Subtree *children;
  const TSSymbol *alias_sequence;
  Length position;
  uint32_t count;
  uint32_t index;
  uint32_t structural_index;
} Frame;

typedef void (*isolint_visit_fn)(void *context, TSNode node);

// Calls `visit` on every visible node under and including `root`, in the
// order a TSTreeCursor walk visits them, whose public kind id `k` has
// `wanted[k]` set (kinds at or past `wanted_len`, such as ERROR, always
// pass). Returns false only when memory for the explicit stack ran out.
bool isolint_walk(TSNode root, const uint8_t *wanted, uint32_t wanted_len,
                  isolint_visit_fn visit, void *context) {
  const TSTree *tree = root.tree;
  const TSLanguage *language = tree->language;
  const Subtree *subtree = (const Subtree *)root.id;
  TSSymbol root_symbol = root.context[3] ? root.context[3] : ts_subtree_symbol(*subtree);
  TSSymbol root_kind = ts_language_public_symbol(language, root_symbol);
  if (root_kind >= wanted_len || wanted[root_kind]) visit(context, root);
  if (ts_subtree_child_count(*subtree) == 0) return true;

  uint32_t capacity = 64, depth = 0;
  Frame *stack = malloc(capacity * sizeof(Frame));
  if (!stack) return false;
  Length root_position = {root.context[0], {root.context[1], root.context[2]}};
  stack[depth++] = (Frame){
    ts_subtree_children(*subtree),
    ts_language_alias_sequence(language, ts_subtree_production_id(*subtree)),
    root_position, ts_subtree_child_count(*subtree), 0, 0,
  };
  while (depth > 0) {
    Frame *frame = &stack[depth - 1];
    if (frame->index == frame->count) {
      depth--;
      continue;
    }
    const Subtree *child = &frame->children[frame->index];
    Length position = frame->position;
    bool visible = ts_subtree_visible(*child);
    TSSymbol alias = 0;
    if (!ts_subtree_extra(*child)) {
      if (frame->alias_sequence) {
        alias = frame->alias_sequence[frame->structural_index];
        visible |= alias != 0;
      }
      frame->structural_index++;
    }
    frame->position = length_add(frame->position, ts_subtree_size(*child));
    frame->index++;
    if (frame->index < frame->count) {
      frame->position = length_add(frame->position, ts_subtree_padding(frame->children[frame->index]));
    }
    if (visible) {
      TSSymbol kind = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(*child));
      if (kind >= wanted_len || wanted[kind]) visit(context, ts_node_new(tree, child, position, alias));
    }
    uint32_t child_count = ts_subtree_child_count(*child);
    if (child_count > 0) {
      if (depth == capacity) {
        Frame *grown = realloc(stack, 2 * capacity * sizeof(Frame));
        if (!grown) {
          free(stack);
          return false;
        }
        stack = grown;
        capacity *= 2;
      }
      stack[depth++] = (Frame){
        ts_subtree_children(*child),
        ts_language_alias_sequence(language, ts_subtree_production_id(*child)),
        position, child_count, 0, 0,
      };
    }
  }
  free(stack);
  return true;
}
