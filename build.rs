//! Compiles `csrc/walk.c` against the private headers of the tree-sitter
//! crate this build links (see `src/walk.rs`).
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=csrc/walk.c");
    // Set by the tree-sitter crate (`links = "tree-sitter"`): its `include/`.
    let include = PathBuf::from(
        std::env::var("DEP_TREE_SITTER_INCLUDE").expect("tree-sitter exports its include dir"),
    );
    let src = include.join("..").join("src");
    cc::Build::new()
        .std("c11")
        .include(&src)
        .include(&include)
        .define("_POSIX_C_SOURCE", "200112L")
        .define("_DEFAULT_SOURCE", None)
        .warnings(false)
        .file("csrc/walk.c")
        .compile("isolint-walk");
}
