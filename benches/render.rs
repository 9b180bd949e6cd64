//! Criterion: a cold (uncached) render of the founding page, Markdown to sanitised HTML.
//! Run: `cargo bench --bench render`. Figures go in docs/BENCHMARKS.md.

use std::collections::HashSet;

use criterion::{criterion_group, criterion_main, Criterion};

use coproduce::i18n::Lang;
use coproduce::wiki::markdown::{self, RenderContext};
use coproduce::wiki::sanitise;
use coproduce::wiki::title::Title;

const MAIN: &str = include_str!("../src/wiki/founding/main.md");
const BRIEF: &str = include_str!("../src/wiki/founding/initial_brief.md");

fn cold_render(c: &mut Criterion) {
    let title = Title::parse("Equalities co-production initiative").ok();
    let existing: HashSet<String> = [
        "Making links",
        "Reading and watch list",
        "Meeting schedule",
        "Initial brief",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for (name, text) in [("founding page", MAIN), ("initial brief", BRIEF)] {
        c.bench_function(&format!("cold render: {name}"), |b| {
            b.iter(|| {
                let ctx = RenderContext {
                    lang: Lang::En,
                    page: title.as_ref(),
                    existing: &existing,
                    section_links: true,
                };
                let (html, _) = markdown::render(std::hint::black_box(text), &ctx);
                sanitise::clean(&html)
            })
        });
    }
}

criterion_group!(benches, cold_render);
criterion_main!(benches);
