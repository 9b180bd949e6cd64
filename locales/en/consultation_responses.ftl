# Responding to a consultation, what we heard, the response, following (#12)
consult-phase-responded = Closed. The response was published on { $published }.
consult-respond-link = Respond to this consultation
consult-respond-title = Respond: { $title }
consult-respond-is-sent = Thank you: your response has been sent. You can still change it until the consultation closes.
consult-respond-is-draft = Your response is saved but not sent yet.
consult-respond-about-you = About you
consult-respond-name = Your name
consult-respond-email = Your e-mail address
consult-respond-email-hint = We send you a link to confirm it. Your response counts once you open that link, and you can use it to finish or change your response. We never publish your address.
consult-respond-email-optional = Optional. Only if the person wants to be told when the response is published.
consult-respond-on-behalf = Are you responding for yourself or for an organisation?
consult-respond-as-myself = For myself
consult-respond-as-org = For an organisation
consult-respond-org-name = Organisation
consult-respond-org-hint = Only if you are responding for an organisation: its name as it appears in the directory.
consult-respond-publish = Can we publish your name with your answers?
consult-respond-publish-no = No, show my answers as “anonymous”
consult-respond-publish-yes = Yes, publish my name
consult-respond-questions = The questions
consult-respond-questions-hint = Answer as many as you like. Your answers are published (with your name only if you said yes above).
consult-respond-describe = About you (optional)
consult-respond-describe-hint = This helps us see who we have heard from. Every question can be skipped. It is kept apart from your answers and only ever shown as numbers, never when so few people gave an answer that someone could be recognised.
consult-respond-nation = Where do you live?
consult-respond-skip = I'd rather not say
consult-respond-groups = Do any of these shape your experience? Tick any that apply.
consult-respond-follow = E-mail me about this consultation: when it is about to close and when the response is published (at most one e-mail a day)
consult-respond-send = Send my response
consult-respond-save = Save and finish later
consult-respond-save-hint = “Save and finish later” keeps your answers; you can come back with the link we e-mail you.
consult-respond-closed = This consultation is not taking responses now.
consult-respond-received-via = How did the response arrive?
consult-via-online = Online
consult-via-post = By post
consult-via-email = By e-mail
consult-via-phone = By phone
consult-via-event = At an event
consult-scale-strongly_agree = Strongly agree
consult-scale-agree = Agree
consult-scale-neither = Neither agree nor disagree
consult-scale-disagree = Disagree
consult-scale-strongly_disagree = Strongly disagree
consult-error-name = Enter your name
consult-error-organisation = Enter the organisation's name as it appears in the directory, or choose “For myself”
consult-error-choice = Choose one of the answers offered
consult-error-no-answers = Answer at least one question before sending, or choose “Save and finish later”
consult-error-via = Choose how the response arrived
consult-flash-check-email = Thank you. We have sent you an e-mail with a link: open it to confirm your address and your response will count.
consult-flash-response-kept = Your response is saved. Come back to finish it any time before the consultation closes.
consult-flash-sent = Thank you: your response has been sent.
consult-flash-entered = The response has been entered.
email-consult-link-subject = Your response to “{ $title }”
email-consult-link-body = Hello { $name },
    
    Thank you for responding to “{ $title }”. Open this link to confirm your e-mail address (your response counts once you do), and to finish or change your response while the consultation is open:
    
    { $link }
    
    Keep this e-mail: the link is personal to you. If you did not respond, you can ignore it.
email-consult-response-subject = We have published what we heard: “{ $title }”
email-consult-response-body = Hello { $name },
    
    Thank you for responding to “{ $title }”. We have now published what we heard and what we changed because of it:
    
    { $link }
email-consult-notices-subject = News of consultations you follow
email-consult-notices-body = Hello,
    
    { $parts }
consult-notice-part = “{ $title }”
    { $lines }
    Read it: { $link }
    Stop e-mails about it: { $stop }
consult-notice-opened = It is now open for comments and responses.
consult-notice-reply = Someone replied to your comment.
consult-notice-closing = It closes in three days.
consult-notice-response = The response, what we heard and what we changed, is published.
consult-follow-button = Follow this consultation
consult-follow-hint = We e-mail you when it opens, when someone replies to you, three days before it closes and when the response is published: at most one e-mail a day.
consult-following = You follow this consultation.
consult-flash-following = You now follow this consultation.
consult-flash-not-following = You no longer follow this consultation.
consult-unfollow-title = Stop e-mails about a consultation
consult-unfollow-intro = Press the button and we will not e-mail you about this consultation again.
consult-unfollow-button = Stop following
consult-flash-unfollowed = Done: we will not e-mail you about that consultation again.
consult-flash-unfollow-unknown = That link has already been used or has been replaced by a newer one.
consult-questions-link = Questions
consult-questions-title = Questions: { $title }
consult-no-questions = This consultation asks no questions of its own yet: people can still comment on every part.
consult-question-add = Add a question
consult-question-kind = Kind of question
consult-kind-text = Free text
consult-kind-one = One choice
consult-kind-many = Several choices
consult-kind-scale = Agree or disagree (five steps)
consult-question-prompt = The question
consult-question-options = The choices
consult-question-options-hint = For “one choice” and “several choices”: one choice per line, at least two.
consult-question-remove = Remove
consult-error-prompt = Enter the question
consult-error-options = Give at least two choices, one per line
consult-flash-question-added = The question has been added.
consult-flash-question-removed = The question has been removed.
consult-flash-question-kept = That question has answers, so it was kept.
consult-responses-link = Responses
consult-responses-title = Responses: { $title }
consult-responses-private = Only coordinators see this page: it holds people's names and addresses.
consult-enter-received = Enter a response received elsewhere
consult-responses-csv = Download every response (CSV, with personal details)
consult-no-responses = No responses yet.
consult-responses-count = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
consult-col-via = Arrived
consult-col-status = State
consult-col-published = Name published
consult-col-updated = Last changed
consult-status-counted = Sent and counted
consult-status-unconfirmed = Sent, address not confirmed yet
consult-status-draft = Saved, not sent
consult-yes = Yes
consult-no = No
consult-open-data-answers = Answers as open data
consult-anonymous = Anonymous
consult-analysis-link = What we heard
consult-analysis-title = What we heard: { $title }
consult-analysis-totals-comments = { $count ->
    [one] 1 comment.
   *[other] { $count } comments.
}
consult-analysis-totals-responses = { $count ->
    [one] 1 response.
   *[other] { $count } responses.
}
consult-analysis-where = Where people commented
consult-analysis-strip-hint = Each square is a part of the document, in order; the darker it is, the more comments it has. The number is its count of comments. The same numbers are in the table below.
consult-part = Part { $part }
consult-analysis-strip-table = Comments on each part of the document
consult-col-part = Part
consult-col-opening = Begins
consult-col-comments = Comments
consult-analysis-themes = Themes
consult-col-theme = Theme
consult-col-count = Number
consult-no-themes = No themes yet.
consult-analysis-answers = Answers to the questions
consult-analysis-answered = { $count ->
    [one] 1 person answered.
   *[other] { $count } people answered.
}
consult-col-answer = Answer
consult-analysis-who = Who responded
consult-analysis-who-hint = As respondents described themselves, if they chose to. Numbers from 1 to 4 are not shown, so that nobody can be recognised.
consult-analysis-nation = Where they live
consult-analysis-group = What shapes their experience
consult-suppressed = fewer than 5
consult-too-few = Too few people answered for the numbers to be shown.
consult-themes-link = Themes
consult-themes-title = Themes: { $title }
consult-theme-name = A new theme
consult-theme-name-hint = A few words for something people raised, such as “Access to meetings”.
consult-theme-add = Add the theme
consult-themes-now = Themes
consult-themes-items = Comments and answers
consult-themes-of = Themes of what { $name } said
consult-themes-save = Save themes
consult-on-block = on part { $block }
consult-on-removed-part = on a part taken out since
consult-on-whole = on the whole document
consult-error-theme = Enter the theme's name
consult-error-theme-exists = There is already a theme with that name
consult-flash-theme-added = The theme has been added.
consult-flash-tagged = Themes saved.
consult-pages = Pages
consult-page-previous = Previous page
consult-page-next = Next page
consult-page-of = Page { $page }
consult-response-link = The response: what we heard and what we did
consult-response-title = The response: { $title }
consult-response-draft = This is a draft: only coordinators and partners see it until it is published.
consult-you-said = You said, we did
consult-theme-said = { $count ->
    [one] 1 comment or answer raised this.
   *[other] { $count } comments and answers raised this.
}
consult-we-did = What we did
consult-fate-changed = “{ $part }”: changed in version { $number }
consult-fate-removed = “{ $part }”: taken out after version { $number }
consult-fate-unchanged = “{ $part }”: not changed
consult-response-write = Write the response
consult-response-body = The response
consult-response-body-hint = What you heard, what you changed and why. Markdown, as in the wiki.
consult-theme-outcome = What we did about “{ $name }”
consult-response-publish = Publish the response
consult-response-update = Save the published response
consult-response-save = Save as a draft
consult-response-publish-hint = Publishing e-mails everyone who responded. It can only be done once the consultation has closed.
consult-error-response-empty = Write the response before publishing it
consult-error-not-closed = The response can only be published once the consultation has closed
consult-flash-response-saved = The response is saved as a draft.
consult-flash-response-published = The response is published.
consult-report-link = Report
consult-report-title = Report a comment
consult-report-intro = Tell the coordinators why this comment should not be here. They will read it and may hide the comment.
consult-report-reason = Why are you reporting it?
consult-report-reason-hint = For example: it is abusive, it shares someone's personal details, or it is advertising.
consult-report-button = Send the report
consult-error-report-reason = Say why you are reporting it
consult-flash-reported = Thank you: the coordinators will look at it.
consult-reports-count = { $count ->
    [one] Reported once
   *[other] Reported { $count } times
}
calendar-consultation-closes = Consultation closes: { $title }
consult-import-title = Bring the draft in from a file
consult-import-file = A document
consult-import-hint = Markdown (.md), Word (.docx) or OpenDocument (.odt), up to 10 MB. Its text replaces the draft in the form above for you to check; nothing is saved until you press “Save”.
consult-import-button = Bring it in
consult-import-done = The file's text is in the draft above. Check it, then save.
consult-import-nothing-dropped = Everything in the file was brought across.
consult-import-dropped = The file held things that were not brought across:
consult-import-error-missing = Choose a file
consult-import-error-not-a-document = This is not a Markdown, Word (.docx) or OpenDocument (.odt) file, or it is damaged
consult-import-error-too-big = The file is too big, or it would unpack to far more than a document needs
consult-import-error-not-text = The file is not plain text in UTF-8
consult-import-dropped-footnotes = Footnotes and endnotes (put them in the text if they matter)
consult-import-dropped-comments = Comments written in the margin
consult-import-dropped-tracked-changes = Tracked changes (insertions were kept, deletions were not, as if accepted)
consult-import-dropped-text-boxes = Text boxes
consult-import-dropped-embedded-objects = Embedded objects, such as charts or spreadsheets
consult-import-dropped-scripts = Macros and scripts (never run, never kept)
consult-import-dropped-merged-cells = Merged table cells (each is now a cell of its own)
consult-import-dropped-links-not-to-the-web = Links to places that are not web pages or e-mail addresses (their words were kept)
consult-import-dropped-images-without-description = Images with no description: add one to each image in the draft, inside the square brackets
consult-import-dropped-images-not-readable = Images that could not be read as pictures
consult-welsh-version = The Welsh version (optional)
consult-welsh-version-hint = Write the Welsh draft part for part in the same order as the English: each heading, paragraph, list item and table pairs with the English one in the same place. Welsh readers see it, and anyone can show both side by side. Comments stay on the English parts.
consult-field-title-cy = Title in Welsh
consult-field-summary-cy = Summary in Welsh
consult-field-easy-read-cy = Easy Read in Welsh
consult-field-draft-cy = The Welsh draft
consult-show-both = Show English and Welsh side by side
consult-show-one = Show one language
consult-parts-differ = The Welsh draft has { $welsh } parts and the English { $english }: they are paired in order, so check that they line up before publishing.
consult-error-part-removed = This part was taken out of the document in a later version, so it no longer takes comments. Your comment is kept below: you can copy it and comment on the whole document instead.
