# Consultations (#12)
consult-title = Consultations
consult-intro = Read what is proposed and say what you think, part by part. Everyone's comments are public; a summary of what we heard, and what we changed, is published at the end.
consult-new-title = Start a consultation
consult-none = There are no consultations yet.
consult-example = Example
consult-by = Consulting: { $who }
consult-easy-read = Easy read
consult-edit-title = Change this consultation
consult-version = Version { $number }
consult-not-published = Nothing has been published yet.
consult-comments-on = { $count ->
    [0] Comment on part { $part }
    [one] 1 comment on part { $part }
   *[other] { $count } comments on part { $part }
}
consult-block-title = A part of “{ $title }”
consult-back-to-document = Back to the whole document
consult-comments-count = { $count ->
    [0] No comments yet
    [one] 1 comment
   *[other] { $count } comments
}
consult-no-comments = Be the first to comment.
consult-on-version = on version { $number }
consult-comment-hidden = This comment was hidden by a moderator.
consult-your-comment = Your comment
consult-your-comment-hint = Your name is shown with your comment. Up to 5,000 characters.
consult-send-comment = Send comment
consult-sign-in-to-comment = Sign in to comment
consult-your-text-kept = Your text, so that you can keep it:
consult-comments-closed = Comments are not open on this consultation.
consult-see-current = See the current version
consult-field-title = Title
consult-field-consulting = Who is consulting (optional)
consult-field-consulting-hint = For example "The Equalities co-production consortium".
consult-field-summary = Summary (optional)
consult-field-easy-read = Easy read version (optional)
consult-field-opens = Comments open
consult-field-closes = Comments close
consult-field-date = Date
consult-field-date-hint = UK time. Leave empty to decide later.
consult-field-time = Time
consult-field-draft = The document (the next version)
consult-field-draft-hint = Written in Markdown, as on the wiki. Publishing makes it the next version; comments stay on the parts they were written on.
consult-save = Save
consult-publish-hint = Published versions never change. Each part keeps its comments when it is edited or moved.
consult-publish = Publish the document as the next version
consult-phase-draft = Draft: only partners and coordinators can see it. { $opens ->
    [none] No opening date yet.
   *[other] Opens { $opens }.
}
consult-phase-open = Open for comments until { $closes }.
consult-phase-closed = Closed for comments on { $closed }.
consult-error-title = Enter a title
consult-error-too-long = This is too long
consult-error-closes-before = The closing time must be after the opening time
consult-error-comment = Enter your comment
consult-error-not-open = Comments are not open on this consultation, so your comment was not sent
consult-error-no-block = This part is not in the current version
consult-error-empty-draft = Write the document before publishing it
consult-flash-created = The consultation is started. Write the document, then publish it.
consult-flash-saved = Saved.
consult-flash-published = The document is published as a new version.
consult-block-removed = This part was in version { $number } and has been taken out since. Its comments stay here, on that earlier version.
consult-version-title = “{ $title }”, version { $number }
consult-published-on = Published { $date }.
consult-versions = Versions
consult-compare-with = compare with this one
consult-changes-since = What changed since version { $number }
consult-no-changes = Nothing changed.
consult-version-text = The text of this version
consult-all-versions = All versions and what changed
consult-in-reply-to = in reply to { $name }
consult-agree-count = { $count ->
    [0] Nobody has agreed yet
    [one] 1 person agrees
   *[other] { $count } people agree
}
consult-agree = I agree
consult-reply = Reply
consult-with-comment-by = with the comment by { $name }
consult-replying-to = Replying to { $name }.
consult-reply-cancel = Write a new comment instead
consult-whole-document = Comments on the document as a whole
consult-feed-title = New comments
consult-open-data = The comments as open data
consult-hide-title = Hide a comment
consult-hide-intro = This hides the comment by { $name } from everyone. Its place stays, saying a moderator hid it, and its author is e-mailed the reason.
consult-hide-reason = Why it is hidden
consult-hide-reason-hint = Its author is told this, so say it plainly and kindly.
consult-hide-button = Hide the comment
consult-hide-link = Hide
consult-error-reason = Say why the comment is hidden
consult-flash-hidden = The comment is hidden and its author has been told why.
email-consult-hidden-subject = Your comment on “{ $title }” was hidden
email-consult-hidden-body = A moderator hid your comment on “{ $title }”.

    The reason: { $reason }

    Where it was: { $link }

    If you think this is a mistake, reply to this e-mail.
consult-suggestions-count = { $count ->
    [0] No suggested changes yet
    [one] 1 suggested change
   *[other] { $count } suggested changes
}
consult-suggestion-by = Suggested by { $name }
consult-suggestion-open = waiting for the editors
consult-suggestion-accepted = accepted for the next version
consult-suggestion-declined = declined
consult-decision-reason = The editors said: { $reason }
consult-accept = Accept into the next version
consult-decline-reason = Why it is declined
consult-decline = Decline
consult-suggest = Suggest a change to this part
consult-proposed = Your wording for this part
consult-proposed-hint = Change the text as you would like it to read. The editors will see the differences.
consult-send-suggestion = Send the suggestion
consult-error-proposed = Write the wording you suggest
consult-error-proposed-same = Change the wording before sending it
consult-error-decline-reason = Say why the suggestion is declined
consult-error-draft-changed = The draft no longer has this part as it was; change the draft by hand
consult-error-decision = Choose to accept or decline
consult-flash-suggested = Your suggestion is sent to the editors.
consult-flash-accepted = The suggestion is in the draft, for the next version, and its author has been told.
consult-flash-declined = The suggestion is declined and its author has been told why.
email-consult-accepted-subject = Your suggestion for “{ $title }” was accepted
email-consult-accepted-body = The editors of “{ $title }” accepted your suggested change. It will be in the next version.

    { $link }
email-consult-declined-subject = Your suggestion for “{ $title }”
email-consult-declined-body = The editors of “{ $title }” did not take up your suggested change.

    Their reason: { $reason }

    { $link }
