//! The `coproduce` command: parses the command line and hands over to the library.

/// mimalloc instead of glibc's malloc: many small allocations per request from several
/// threads, where glibc's arena locks cost measurable time under load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    coproduce::cli::main()
}
