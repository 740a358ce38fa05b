use clap::Parser;
use isolint::cli::{Cli, Command, DebugCommand};
use isolint::rules::{self, RuleDoc};
use isolint::run;

/// mimalloc for isolint's own allocations and, through [`alloc::install`],
/// for tree-sitter's: parsing allocates a subtree per token and a stack
/// node per step, and analysis builds many small vectors next to them.
/// glibc's malloc spent about 10% of a dense check in `malloc`/`free`
/// and heap consolidation; mimalloc's thread-local free lists halve that.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod alloc {
    use libmimalloc_sys::{
        mi_free, mi_heap_calloc, mi_heap_malloc, mi_heap_new, mi_heap_realloc, mi_heap_t,
    };
    use std::ffi::c_void;
    use std::sync::atomic::{AtomicPtr, Ordering};

    /// tree-sitter's own mimalloc heap, apart from the one Rust allocates
    /// from: its pages then hold only subtrees and parse stacks, as they
    /// do in `debug parse-only`, instead of blocks interleaved with the
    /// model's vectors and strings. Sampled on 5,000 dense files, the
    /// parser's `malloc` inside `check` fell from 793 to 508 samples
    /// (`parse-only`: 382). mimalloc v3 heaps take allocations from any
    /// thread. Set once by [`install`].
    static TREE_SITTER_HEAP: AtomicPtr<mi_heap_t> = AtomicPtr::new(std::ptr::null_mut());

    fn heap() -> *mut mi_heap_t {
        TREE_SITTER_HEAP.load(Ordering::Relaxed)
    }

    // tree-sitter requires allocation functions that never return null
    // for a non-zero size, as its own defaults do: abort like them.
    unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
        // SAFETY: plain allocation call.
        let p = unsafe { mi_heap_malloc(heap(), size) };
        if p.is_null() && size != 0 {
            std::process::abort();
        }
        p
    }

    unsafe extern "C" fn calloc(n: usize, size: usize) -> *mut c_void {
        // SAFETY: plain allocation call.
        let p = unsafe { mi_heap_calloc(heap(), n, size) };
        if p.is_null() && n != 0 && size != 0 {
            std::process::abort();
        }
        p
    }

    unsafe extern "C" fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void {
        // SAFETY: `ptr` was returned by one of these functions (tree-sitter
        // only reallocates its own blocks).
        let p = unsafe { mi_heap_realloc(heap(), ptr, size) };
        if p.is_null() && size != 0 {
            std::process::abort();
        }
        p
    }

    unsafe extern "C" fn free(ptr: *mut c_void) {
        // SAFETY: as for `realloc`.
        unsafe { mi_free(ptr) }
    }

    /// Routes tree-sitter's C allocations to mimalloc. Called first thing
    /// in `main`, before any tree-sitter object exists.
    pub fn install() {
        // SAFETY: one allocator family; null is never returned for non-zero
        // sizes (the wrappers abort); mimalloc's alignment matches malloc's;
        // no tree-sitter object exists yet and this runs once, before any
        // other thread is started.
        unsafe {
            let heap = mi_heap_new();
            if heap.is_null() {
                std::process::abort();
            }
            TREE_SITTER_HEAP.store(heap, Ordering::Relaxed);
            tree_sitter::set_allocator(Some(tree_sitter::Allocator {
                malloc,
                calloc,
                realloc,
                free,
            }))
        }
    }
}

/// Turns off transparent huge pages for this process. mimalloc marks its
/// whole arena `MADV_HUGEPAGE`, so on kernels in `madvise` mode every first
/// touch of a 2 MiB region is a fault that zeroes 2 MiB, and each purge of
/// a freed page splits one again: about 3% of a dense `check` went to
/// `clear_page_erms` (perf), against almost none of a parse-only pass. A
/// run lasts seconds and its hot data fits the TLB either way, so huge pages
/// buy nothing back (paired runs: `check` about 5% less CPU without them).
/// The flag is read at fault time, so setting it here, after the arena was
/// reserved, still applies. Best effort: an old kernel that refuses it
/// changes nothing.
fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with integer arguments only; it touches no memory of
    // ours and its failure is harmless.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    disable_transparent_huge_pages();
    alloc::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                run::EXIT_ERROR
            } else {
                run::EXIT_CLEAN
            };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => run::check(&args),
        Command::Config { path, config } => run::show_config(path.as_deref(), config.as_deref()),
        Command::Debug(DebugCommand::ParseOnly { walk, paths }) => {
            isolint::debug::parse_only(&paths, walk)
        }
        Command::Debug(DebugCommand::Prefilter { paths }) => isolint::debug::prefilter(&paths),
        Command::Debug(DebugCommand::Paired { rounds, paths }) => {
            isolint::run::paired_timing(&paths, rounds)
        }
        Command::Rules => {
            for rule in rules::all() {
                let summary = RuleDoc::get(rule.id())
                    .map(|d| d.summary.as_str())
                    .unwrap_or("");
                println!("{:<24} {}", rule.id(), summary);
            }
            run::EXIT_CLEAN
        }
        Command::Rule { id } => match RuleDoc::get(&id) {
            Some(doc) => {
                print!("{}", doc.markdown());
                run::EXIT_CLEAN
            }
            None => {
                let known: Vec<_> = rules::ids().collect();
                eprintln!(
                    "isolint: error: unknown rule `{id}`; known rules: {}",
                    known.join(", ")
                );
                run::EXIT_ERROR
            }
        },
    };
    std::process::exit(code);
}
