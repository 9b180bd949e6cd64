//! Versions, stable block ids and comments, through the model.

use coproduce::consultations::model::{
    self, CommentRefused, ConsultationFields, NewComment, Phase,
};
use coproduce::storage::now;

use crate::util::TestApp;

const V1: &str = "# Why this matters\n\nPeople furthest from decision making are rarely asked.\n\nThe goals need everyone.\n";
const V2: &str = "# Why this matters\n\nA new opening paragraph about open government.\n\nPeople furthest from decision making are rarely asked about plans.\n\nThe goals need everyone.\n";
const V3: &str = "# Why this matters\n\nA new opening paragraph about open government.\n\nThe goals need everyone.\n\nPeople furthest from decision making are rarely asked about plans.\n";

fn open_fields(draft: &str) -> ConsultationFields {
    ConsultationFields {
        title: "Concept paper".into(),
        draft: draft.into(),
        opens_at: Some(now() - 3600),
        closes_at: Some(now() + 86_400),
        ..ConsultationFields::default()
    }
}

async fn block_with(app: &TestApp, slug: &str, starts: &str) -> i64 {
    let c = model::find_by_slug(&app.db, slug).await.unwrap().unwrap();
    let blocks = model::version_blocks(&app.db, c.id, c.current_version.unwrap())
        .await
        .unwrap();
    blocks
        .iter()
        .find(|b| b.text.starts_with(starts))
        .unwrap()
        .block_id
}

#[tokio::test]
async fn comments_follow_their_block_across_three_versions() {
    let app = TestApp::new().await;
    let id = model::create(&app.db, "concept-paper", &open_fields(V1), None, false)
        .await
        .unwrap();
    assert_eq!(model::publish(&app.db, id, None).await.unwrap(), 1);
    let c = model::find_by_slug(&app.db, "concept-paper")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.phase(now()), Phase::Open);
    let people = block_with(&app, "concept-paper", "People furthest").await;
    let comment = NewComment {
        block_id: Some(people),
        parent_id: None,
        author_id: None,
        author_name: "Aled",
        body: "Ask them where they are.",
    };
    model::add_comment(&app.db, &c, &comment, now())
        .await
        .unwrap()
        .unwrap();
    // Version 2: the paragraph is edited and a new one goes before it.
    model::update(&app.db, id, &open_fields(V2)).await.unwrap();
    assert_eq!(model::publish(&app.db, id, None).await.unwrap(), 2);
    assert_eq!(
        block_with(&app, "concept-paper", "People furthest").await,
        people,
        "edited, the block keeps its id"
    );
    let c = model::find_by_slug(&app.db, "concept-paper")
        .await
        .unwrap()
        .unwrap();
    let v2 = model::version_blocks(&app.db, id, 2).await.unwrap();
    let changes: Vec<&str> = v2.iter().map(|b| b.change.as_str()).collect();
    assert_eq!(changes, vec!["unchanged", "new", "edited", "unchanged"]);
    // Version 3: it moves to the end.
    model::update(&app.db, id, &open_fields(V3)).await.unwrap();
    model::publish(&app.db, id, None).await.unwrap();
    assert_eq!(
        block_with(&app, "concept-paper", "People furthest").await,
        people,
        "moved, the block keeps its id"
    );
    let v3 = model::version_blocks(&app.db, id, 3).await.unwrap();
    let ids: std::collections::HashSet<i64> = v3.iter().map(|b| b.block_id).collect();
    assert_eq!(ids.len(), v3.len(), "no two blocks share an id");
    let on_block = model::comments(&app.db, id, Some(people)).await.unwrap();
    assert_eq!(on_block.len(), 1);
    assert_eq!(
        on_block[0].version_number, 1,
        "written on version 1, still on its block in version 3"
    );
    assert_eq!(
        model::comment_counts(&app.db, id)
            .await
            .unwrap()
            .get(&people),
        Some(&1)
    );
    // Published versions never change: version 1 still reads as it was.
    let v1 = model::version_blocks(&app.db, id, 1).await.unwrap();
    assert_eq!(v1.len(), 3);
    assert!(c.current_version == Some(2));
}

#[tokio::test]
async fn comments_are_refused_unless_open_and_on_a_current_block() {
    let app = TestApp::new().await;
    let id = model::create(&app.db, "draft-paper", &open_fields(V1), None, false)
        .await
        .unwrap();
    let draft = model::find_by_slug(&app.db, "draft-paper")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(draft.phase(now()), Phase::Draft, "nothing published yet");
    let body = NewComment {
        block_id: None,
        parent_id: None,
        author_id: None,
        author_name: "Bethan",
        body: "Too early?",
    };
    assert_eq!(
        model::add_comment(&app.db, &draft, &body, now())
            .await
            .unwrap(),
        Err(CommentRefused::NotOpen)
    );
    model::publish(&app.db, id, None).await.unwrap();
    let open = model::find_by_slug(&app.db, "draft-paper")
        .await
        .unwrap()
        .unwrap();
    let missing = NewComment {
        block_id: Some(9_999),
        ..body
    };
    assert_eq!(
        model::add_comment(&app.db, &open, &missing, now())
            .await
            .unwrap(),
        Err(CommentRefused::NoSuchBlock)
    );
    let closes = open.fields.closes_at.unwrap();
    assert_eq!(
        open.phase(closes),
        Phase::Closed,
        "closed at its closing time, by the clock alone"
    );
    let whole = NewComment {
        block_id: None,
        parent_id: None,
        author_id: None,
        author_name: "Bethan",
        body: "Late.",
    };
    assert_eq!(
        model::add_comment(&app.db, &open, &whole, closes + 1)
            .await
            .unwrap(),
        Err(CommentRefused::NotOpen)
    );
    assert!(model::add_comment(&app.db, &open, &whole, now())
        .await
        .unwrap()
        .is_ok());
}

#[tokio::test]
async fn a_hundred_people_commenting_at_once_are_all_kept() {
    let app = TestApp::new().await;
    let id = model::create(&app.db, "busy-paper", &open_fields(V1), None, false)
        .await
        .unwrap();
    model::publish(&app.db, id, None).await.unwrap();
    let block = block_with(&app, "busy-paper", "The goals").await;
    let c = model::find_by_slug(&app.db, "busy-paper")
        .await
        .unwrap()
        .unwrap();
    let mut tasks = Vec::new();
    for n in 0..100 {
        let (db, c) = (app.db.clone(), c.clone());
        tasks.push(tokio::spawn(async move {
            let name = format!("Person {n}");
            let body = format!("Comment {n}");
            let new = NewComment {
                block_id: Some(block),
                parent_id: None,
                author_id: None,
                author_name: &name,
                body: &body,
            };
            model::add_comment(&db, &c, &new, now()).await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap().unwrap();
    }
    assert_eq!(
        model::comments(&app.db, id, Some(block))
            .await
            .unwrap()
            .len(),
        100
    );
}
