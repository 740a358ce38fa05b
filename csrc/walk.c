// A pre-order walk over a tree-sitter tree that reads the subtree arrays
// directly, for `src/walk.rs`. See that module for why it exists and how it
// is kept honest. Compiled against the private headers of the exact
// tree-sitter crate version in Cargo.lock (build.rs finds them).
#include <stdlib.h>
#include <string.h>
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

// Only the children of `root` (visible nodes one level down, looking
// through hidden nodes), not `root` itself and not their descendants.
#define ISOLINT_CHILDREN_ONLY 1
// Only named nodes.
#define ISOLINT_NAMED_ONLY 2

// Calls `visit` on every visible node under and including `root`, in the
// order a TSTreeCursor walk visits them, whose public kind id `k` has
// `wanted[k]` set (kinds at or past `wanted_len`, such as ERROR, always
// pass), as narrowed by `flags`. Returns false only when memory for the
// explicit stack ran out.
// Whether any bit of `marks` (one per source byte, `words` 64-bit words)
// is set in the byte range [start, end). Bytes past the marks count as set.
static inline bool any_marked(const uint64_t *marks, uint32_t words, uint32_t start, uint32_t end) {
  if (start >= end) return false;
  uint32_t first = start >> 6, last = (end - 1) >> 6;
  if (last >= words) return true;
  uint64_t head = ~0ULL << (start & 63);
  uint64_t tail = ~0ULL >> (63 - ((end - 1) & 63));
  if (first == last) return (marks[first] & head & tail) != 0;
  if (marks[first] & head) return true;
  for (uint32_t w = first + 1; w < last; w++) {
    if (marks[w]) return true;
  }
  return (marks[last] & tail) != 0;
}

bool isolint_walk(TSNode root, const uint8_t *wanted, uint32_t wanted_len, uint32_t flags,
                  const uint64_t *marks, uint32_t mark_words,
                  isolint_visit_fn visit, void *context) {
  const TSTree *tree = root.tree;
  const TSLanguage *language = tree->language;
  const Subtree *subtree = (const Subtree *)root.id;
  bool children_only = flags & ISOLINT_CHILDREN_ONLY;
  bool named_only = flags & ISOLINT_NAMED_ONLY;
  if (!children_only) {
    TSSymbol root_symbol = root.context[3] ? root.context[3] : ts_subtree_symbol(*subtree);
    TSSymbol root_kind = ts_language_public_symbol(language, root_symbol);
    bool named = root.context[3] ? ts_language_symbol_metadata(language, root.context[3]).named
                                 : ts_subtree_named(*subtree);
    if ((root_kind >= wanted_len || wanted[root_kind]) && (named || !named_only)) {
      visit(context, root);
    }
  }
  if (ts_subtree_child_count(*subtree) == 0) return true;

  // The level being stepped through lives in locals; the levels above it
  // are saved on `stack`. Frames live on the C stack until the tree is
  // deeper than that; most walks (all child listings) never touch the heap.
  Frame local[48];
  uint32_t capacity = sizeof(local) / sizeof(local[0]), depth = 0;
  Frame *stack = local;
  const Subtree *children = ts_subtree_children(*subtree);
  const TSSymbol *alias_sequence =
    ts_language_alias_sequence(language, ts_subtree_production_id(*subtree));
  Length position = {root.context[0], {root.context[1], root.context[2]}};
  uint32_t count = ts_subtree_child_count(*subtree), index = 0, structural_index = 0;
  for (;;) {
    if (index == count) {
      if (depth == 0) break;
      Frame *parent = &stack[--depth];
      children = parent->children;
      alias_sequence = parent->alias_sequence;
      position = parent->position;
      count = parent->count;
      index = parent->index;
      structural_index = parent->structural_index;
      continue;
    }
    const Subtree *child = &children[index];
    Subtree value = *child;
    TSSymbol alias = 0;
    if (value.data.is_inline) {
      // A leaf token stored in place (most children): every field is read
      // from the one word at hand, and there is nothing to descend into.
      if (!value.data.extra) {
        if (alias_sequence) alias = alias_sequence[structural_index];
        structural_index++;
      }
      if (index > 0) {
        Length padding = {value.data.padding_bytes,
                          {value.data.padding_rows, value.data.padding_columns}};
        position = length_add(position, padding);
      }
      Length child_position = position;
      position.bytes += value.data.size_bytes;
      position.extent.column += value.data.size_bytes;
      index++;
      if (value.data.visible || alias) {
        TSSymbol symbol = alias ? alias : value.data.symbol;
        TSSymbol kind = symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
        if (kind >= wanted_len || wanted[kind]) {
          bool named = alias ? ts_language_symbol_metadata(language, alias).named : value.data.named;
          if (named || !named_only) visit(context, ts_node_new(tree, child, child_position, alias));
        }
      }
      continue;
    }
    const SubtreeHeapData *data = value.ptr;
    bool visible = data->visible;
    if (!data->extra) {
      if (alias_sequence) {
        alias = alias_sequence[structural_index];
        visible |= alias != 0;
      }
      structural_index++;
    }
    if (index > 0) position = length_add(position, data->padding);
    Length child_position = position;
    position = length_add(position, data->size);
    index++;
    if (visible) {
      TSSymbol symbol = alias ? alias : data->symbol;
      // `ts_language_public_symbol`, inlined.
      TSSymbol kind = symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
      if (kind >= wanted_len || wanted[kind]) {
        bool named = alias ? ts_language_symbol_metadata(language, alias).named : data->named;
        if (named || !named_only) visit(context, ts_node_new(tree, child, child_position, alias));
      }
    }
    uint32_t child_count = data->child_count;
    // With `marks`, a visible node whose text has no marked byte is not
    // entered: the caller marks bytes such that the nearest visible
    // ancestor of every wanted node has one (see `walk::visit_nodes_marked`).
    // Hidden nodes (a repetition's `, b, c`) are always entered.
    if (child_count > 0 && !(visible && children_only) &&
        !(marks && visible &&
          !any_marked(marks, mark_words, child_position.bytes,
                      child_position.bytes + data->size.bytes))) {
      // The last child of its level: nothing is left to resume there, so
      // the child's level replaces it instead of being stacked on it
      // (most of a tree's inner nodes are last children).
      bool tail = index == count;
      if (!tail && depth == capacity) {
        Frame *grown = stack == local ? malloc(2 * capacity * sizeof(Frame))
                                      : realloc(stack, 2 * capacity * sizeof(Frame));
        if (!grown) {
          if (stack != local) free(stack);
          return false;
        }
        if (stack == local) memcpy(grown, local, sizeof(local));
        stack = grown;
        capacity *= 2;
      }
      if (!tail) {
        stack[depth++] =
          (Frame){children, alias_sequence, position, count, index, structural_index};
      }
      children = ts_subtree_children(value);
      alias_sequence = ts_language_alias_sequence(language, data->production_id);
      position = child_position;
      count = child_count;
      index = 0;
      structural_index = 0;
    }
  }
  if (stack != local) free(stack);
  return true;
}

// `ts_node_child(node, 0)` for the hidden node `subtree` at `position`: its
// first visible child, looking through hidden children that have visible
// ones (tree-sitter's generic child lookup costs about 240 instructions; a
// field naming a supertype such as `expression` asks this on most calls).
static TSNode first_visible_child(const TSTree *tree, const Subtree *subtree, Length position) {
  const TSLanguage *language = tree->language;
  for (;;) {
    uint32_t count = ts_subtree_child_count(*subtree);
    if (count == 0) break;
    const Subtree *children = ts_subtree_children(*subtree);
    const TSSymbol *alias_sequence =
      ts_language_alias_sequence(language, ts_subtree_production_id(*subtree));
    uint32_t structural_index = 0;
    const Subtree *descend = NULL;
    for (uint32_t i = 0; i < count; i++) {
      const Subtree *child = &children[i];
      TSSymbol alias = 0;
      if (!ts_subtree_extra(*child)) {
        if (alias_sequence) alias = alias_sequence[structural_index];
        structural_index++;
      }
      if (i > 0) position = length_add(position, ts_subtree_padding(*child));
      if (ts_subtree_visible(*child) || alias) return ts_node_new(tree, child, position, alias);
      if (ts_subtree_child_count(*child) > 0 && child->ptr->visible_child_count > 0) {
        descend = child;
        break;
      }
      position = length_add(position, ts_subtree_size(*child));
    }
    if (!descend) break;
    subtree = descend;
  }
  return ts_node_new(NULL, NULL, length_zero(), 0);
}

// The field children of `node` in one pass over its direct children: for
// each field of `node`'s production, its id in `ids` and, in `out`, the
// child `ts_node_child_by_field_id` answers (the first child the field names
// that is visible; for a hidden one, its first visible child; for a field
// a hidden child inherits, that child's answer), and in `kinds` each
// answer's kind id with its named flag in bit 16. Returns how many, or -1
// when more than `cap` fields are found and tree-sitter must answer.
int32_t isolint_fields(TSNode node, TSFieldId *ids, TSNode *out, uint32_t *kinds, uint32_t cap) {
  const TSTree *tree = node.tree;
  const TSLanguage *language = tree->language;
  const Subtree *subtree = (const Subtree *)node.id;
  uint32_t count = ts_subtree_child_count(*subtree);
  if (count == 0) return 0;
  const TSFieldMapEntry *map, *map_end;
  ts_language_field_map(language, ts_subtree_production_id(*subtree), &map, &map_end);
  if (map == map_end) return 0;
  const Subtree *children = ts_subtree_children(*subtree);
  const TSSymbol *alias_sequence =
    ts_language_alias_sequence(language, ts_subtree_production_id(*subtree));
  Length position = {node.context[0], {node.context[1], node.context[2]}};
  uint32_t structural_index = 0;
  int32_t found = 0;
  for (uint32_t i = 0; i < count; i++) {
    const Subtree *child = &children[i];
    Length child_position = position;
    position = length_add(position, ts_subtree_size(*child));
    if (i + 1 < count) position = length_add(position, ts_subtree_padding(children[i + 1]));
    if (ts_subtree_extra(*child)) continue;
    uint32_t index = structural_index++;
    TSSymbol alias = alias_sequence ? alias_sequence[index] : 0;
    bool visible = ts_subtree_visible(*child) || alias != 0;
    for (const TSFieldMapEntry *e = map; e < map_end; e++) {
      if (e->child_index != index) continue;
      bool seen = false;
      for (int32_t j = 0; j < found; j++) {
        if (ids[j] == e->field_id) seen = true;
      }
      if (seen) continue;
      TSNode answer;
      if (e->inherited) {
        // The hidden child holds the field: its own lookup answers, and
        // when it has none the field's next child is tried.
        answer = ts_node_child_by_field_id(ts_node_new(tree, child, child_position, alias),
                                           e->field_id);
        if (!answer.id) continue;
      } else if (visible) {
        answer = ts_node_new(tree, child, child_position, alias);
      } else if (ts_subtree_child_count(*child) > 0) {
        // A hidden node (a supertype such as `expression`): tree-sitter
        // answers with its first visible child.
        answer = first_visible_child(tree, child, child_position);
      } else {
        // A hidden leaf: tree-sitter moves on to the field's next child.
        continue;
      }
      if ((uint32_t)found == cap) return -1;
      ids[found] = e->field_id;
      out[found] = answer;
      // The answer's public kind id and, in bit 16, whether it is named:
      // what `Node::kind_id` and `Node::is_named` would ask tree-sitter
      // for, read here from the child at hand when it is the answer.
      uint32_t kind, named;
      if (answer.id == child && !e->inherited) {
        TSSymbol symbol = alias ? alias : ts_subtree_symbol(*child);
        kind = symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
        named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(*child);
      } else if (answer.id) {
        kind = ts_node_symbol(answer);
        named = ts_node_is_named(answer);
      } else {
        kind = 0;
        named = 0;
      }
      kinds[found] = kind | (named ? 1u << 16 : 0);
      found++;
    }
  }
  return found;
}
