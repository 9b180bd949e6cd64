//! The plan in the open (#14): intended outcomes, outputs with owners, dates, status and
//! progress, milestones, the evidence that shows them and a history of updates.
//! `model/` holds the tables and workflows; `form` the forms' checks; `timeline` the SVG
//! time axis; `plan_page` is `/plan`; `output_page` one output and its forms;
//! `output_form` writing an output; `exports` the CSV, JSON and Atom; `plan_csv` and
//! `import_page` bringing outputs and milestones in from CSV; `demo` the founding
//! document's outcome and outputs.

pub mod demo;
pub mod exports;
pub mod form;
pub mod import_page;
pub mod model;
pub mod output_form;
pub mod output_page;
pub mod plan_csv;
pub mod plan_page;
pub mod timeline;
