//! Statements a test expects to fail: the only statement of a `with
//! self.assertRaises(...)` / `with pytest.raises(...)` block. Such a write
//! (`os.putenv('A=B', 'x')`, `cls.x = 1` on an immutable type, `os.link(...)`
//! on a platform without it) raises before it changes anything.

use tree_sitter::Node;

use super::Model;

impl<'t> Model<'t> {
    /// Whether `node` is (part of) the only statement of a block guarded by
    /// `assertRaises`/`assertRaisesRegex`/`pytest.raises`.
    pub fn expected_to_raise(&self, node: Node<'t>) -> bool {
        if !self.lang.is_python() {
            return false;
        }
        let mut stmt = node;
        for _ in 0..4 {
            match stmt.parent() {
                Some(p) if p.kind() != "block" => stmt = p,
                _ => break,
            }
        }
        let Some(block) = stmt.parent().filter(|p| p.kind() == "block") else {
            return false;
        };
        let Some(with) = block.parent().filter(|p| p.kind() == "with_statement") else {
            return false;
        };
        let mut c = block.walk();
        let statements = block
            .named_children(&mut c)
            .filter(|n| n.kind() != "comment")
            .count();
        let clause = with.named_child(0).map(|n| self.text(n)).unwrap_or("");
        statements == 1 && (clause.contains("assertRaises") || clause.contains("raises("))
    }
}
