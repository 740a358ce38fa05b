//! The project a file belongs to: the nearest ancestor directory holding a
//! repository or project marker. When pre-commit passes only the staged
//! files, the other test files of that project are analysed too, so
//! cross-file rules still see the whole suite.

use std::path::{Path, PathBuf};

/// Files or directories that mark a project root, nearest wins.
pub const MARKERS: &[&str] = &[
    ".git",
    ".isolint.toml",
    "isolint.toml",
    "package.json",
    "pyproject.toml",
];

/// The nearest directory above `abs_file` (absolute) holding a marker.
pub fn root_of(abs_file: &Path) -> Option<PathBuf> {
    abs_file
        .ancestors()
        .skip(1)
        .find(|dir| MARKERS.iter().any(|m| dir.join(m).exists()))
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_marker_wins() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("repo");
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("web/src")).unwrap();
        std::fs::write(root.join("web/package.json"), "{}").unwrap();
        assert_eq!(
            root_of(&root.join("web/src/a.test.js")),
            Some(root.join("web"))
        );
        assert_eq!(root_of(&root.join("api/t.py")), Some(root.clone()));
    }
}
