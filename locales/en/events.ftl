## Events and registration
nav-events = Events
events-title = Events
events-intro = Events we hold, such as the open conversation and the summit. You can register without an account, and tell us what you need to take part.
events-add-title = Add an event
events-edit-title = Change “{ $title }”
events-upcoming = Coming up
events-none-upcoming = No events are coming up.
events-past = Past events
events-none-past = No past events.
events-example = Example
events-example-note = this is not a real event. Use it to try registering, changing your access needs or cancelling.
events-edit-link = Change this event
events-attendees-link = Who is coming
events-check-in-link = Check-in
events-easy-read = Easy read summary
events-online = Taking part online
events-online-note = The joining link is sent to people who register to take part online.
events-places = Places
events-places-left = { $count ->
    [0] No places left: you can join the waiting list.
    [one] 1 place left
   *[other] { $count } places left
}
events-programme = Programme
events-programme-none = The programme has not been published yet.
events-session-add = Add to the programme
events-session-title = Session title
events-session-from = Starts at
events-session-to = Ends at
events-session-description = Short description (optional)
events-register = Register
events-register-button = Register
events-join-waiting = Join the waiting list
events-over = This event has finished.
events-feedback-link = Tell us what you thought of the event
events-opens = Registration opens on { $when }.
events-closes = Registration closes on { $when }.
events-closed = Registration has closed.
events-full = All places are taken. If you register now you will join the waiting list, and we will e-mail you if a place becomes free.
events-field-name = Your name
events-field-email = Your e-mail address
events-field-email-hint = We send your confirmation and a personal link to change or cancel your place here.
events-field-organisation = Organisation (optional)
events-field-organisation-hint = If you are coming on behalf of an organisation.
events-field-kind = How will you take part?
events-type-in_person = In person
events-type-online = Online
events-needs-legend = What do you need to take part?
events-needs-hint = Tick all that apply. Only the organisers see this, and only to arrange it.
events-diet-legend = Food and drink
events-field-other = Anything else we should know or arrange
events-field-other-hint = For example another language, a dietary need not listed, or a time you need to leave by.
events-privacy = Only the organisers see your details and needs. We remove your name and contact details 90 days after the event.
events-need-bsl_interpreter = British Sign Language (BSL) interpreter
events-need-isl_interpreter = Irish Sign Language (ISL) interpreter
events-need-captioning = Live captions
events-need-palantypist = Palantypist (speech-to-text reporter)
events-need-hearing_loop = Hearing loop
events-need-step_free = Step-free access
events-need-wheelchair_space = Wheelchair space
events-need-accessible_parking = Accessible parking
events-need-quiet_room = Quiet room
events-need-large_print = Large print materials
events-need-easy_read = Easy Read materials
events-need-braille = Braille materials
events-need-personal_assistant = A place for my personal assistant or carer
events-need-travel_support = Help with travel costs
events-diet-vegetarian = Vegetarian
events-diet-vegan = Vegan
events-diet-halal = Halal
events-diet-kosher = Kosher
events-diet-gluten_free = Gluten free
events-diet-dairy_free = Dairy free
events-diet-nut_allergy = Nut allergy
events-count-bsl_interpreter = { $count ->
    [one] 1 BSL interpreter
   *[other] { $count } BSL interpreters
}
events-count-isl_interpreter = { $count ->
    [one] 1 ISL interpreter
   *[other] { $count } ISL interpreters
}
events-count-captioning = { $count ->
    [one] 1 person needs live captions
   *[other] { $count } people need live captions
}
events-count-palantypist = { $count ->
    [one] 1 palantypist request
   *[other] { $count } palantypist requests
}
events-count-hearing_loop = { $count ->
    [one] 1 hearing loop user
   *[other] { $count } hearing loop users
}
events-count-step_free = { $count ->
    [one] 1 person needs step-free access
   *[other] { $count } people need step-free access
}
events-count-wheelchair_space = { $count ->
    [one] 1 wheelchair space
   *[other] { $count } wheelchair spaces
}
events-count-accessible_parking = { $count ->
    [one] 1 accessible parking space
   *[other] { $count } accessible parking spaces
}
events-count-quiet_room = { $count ->
    [one] 1 person needs a quiet room
   *[other] { $count } people need a quiet room
}
events-count-large_print = { $count ->
    [one] 1 large print pack
   *[other] { $count } large print packs
}
events-count-easy_read = { $count ->
    [one] 1 Easy Read pack
   *[other] { $count } Easy Read packs
}
events-count-braille = { $count ->
    [one] 1 braille pack
   *[other] { $count } braille packs
}
events-count-personal_assistant = { $count ->
    [one] 1 personal assistant place
   *[other] { $count } personal assistant places
}
events-count-travel_support = { $count ->
    [one] 1 request for travel support
   *[other] { $count } requests for travel support
}
events-count-vegetarian = { $count } vegetarian
events-count-vegan = { $count } vegan
events-count-halal = { $count } halal
events-count-kosher = { $count } kosher
events-count-gluten_free = { $count } gluten free
events-count-dairy_free = { $count } dairy free
events-count-nut_allergy = { $count ->
    [one] 1 nut allergy
   *[other] { $count } nut allergies
}
events-count-other = { $count ->
    [one] 1 other request (see the list below)
   *[other] { $count } other requests (see the list below)
}
events-field-description = Description
events-field-easy-read-hint = Short sentences and everyday words. Say what the event is, when, where, and how to take part.
events-field-start-date = Start date
events-field-start-time = Start time
events-field-end-date = End date
events-field-end-time = End time
events-field-online-hint = Only people registered to take part online are given this link.
events-registration-legend = Registration
events-field-capacity = Places
events-field-capacity-hint = How many people can come. When every place is taken, people join a waiting list.
events-field-types = Ways to take part
events-field-opens-date = Registration opens (date)
events-field-opens-time = Registration opens (time)
events-field-closes-date = Registration closes (date)
events-field-closes-time = Registration closes (time)
events-field-reminder = Reminder e-mail, days before
events-field-reminder-hint = 0 sends no reminder.
events-field-feedback = Feedback form address (optional)
events-field-feedback-hint = Sent to everyone who came, after the event.
events-field-public = Anyone can see this event
events-field-example = This is an example, not a real event
events-manage-title = Your registration
events-manage-intro = This page is yours: keep the link from your e-mail to come back to it. Anyone with the link can change or cancel your place.
events-event = Event
events-your-status = Status
events-status-confirmed = Place confirmed
events-status-waiting = On the waiting list
events-status-cancelled = Cancelled
events-waiting-position = number { $position } on the waiting list
events-change-heading = Change your details or needs
events-change-button = Save changes
events-cancel-heading = Cannot come?
events-cancel-intro = Cancelling gives your place to the next person on the waiting list. Your equality monitoring answers are deleted.
events-cancel-button = Cancel my place
events-cancelled-title = Your place is cancelled
events-cancelled-p1 = You are no longer registered for { $event }. We have sent you an e-mail to confirm.
events-attendees-title = Who is coming: { $title }
events-back-to-event = Event page
events-csv = Download the list (CSV)
events-count-confirmed = { $count ->
    [one] 1 place taken
   *[other] { $count } places taken
}
events-of-capacity = of { $count }
events-count-waiting = { $count ->
    [one] 1 person waiting
   *[other] { $count } people waiting
}
events-count-in-person = { $count } in person
events-count-online = { $count } online
events-checklist = Access needs checklist
events-checklist-hint = For the people with a place. Arrange each of these before the day.
events-checklist-none = Nobody with a place has asked for anything yet.
events-people = Everyone registered
events-people-none = Nobody has registered yet.
events-arrived = Arrived
events-check-in-title = Check-in: { $title }
events-check-in-count = Arrived
events-mark-arrived = Arrived
events-undo-arrived = Undo
events-error-end-before-start = The end must be after the start.
events-error-too-long-event = An event can last at most 14 days.
events-error-in-past = This date has passed. Enter a date in the future.
events-error-closes-before-opens = Registration must close after it opens.
events-error-closes-after-end = Registration must close before the event ends.
events-error-capacity = Enter the number of places, from 0 to 100000.
events-error-capacity-below-taken = More places are already taken than this. Cancel registrations first, or enter a larger number.
events-error-reminder = Enter a number of days from 0 to 30.
events-error-types = Choose at least one way to take part.
events-error-kind = Choose how you will take part.
events-error-closed = Registration for this event is not open.
events-flash-added = The event was added.
events-flash-saved = The event was saved.
events-flash-session-added = The session was added to the programme.
events-flash-session-removed = The session was removed from the programme.
events-flash-confirmed = You have a place. We have e-mailed you a confirmation with a calendar file.
events-flash-waiting = The event is full, so you are on the waiting list. We will e-mail you if a place becomes free.
events-flash-check-email = Thank you. Please check your e-mail for what happens next.
events-flash-changed = Your changes were saved.
events-flash-checked-in = Marked as arrived.
events-flash-check-in-undone = Arrival undone.
monitoring-title = Equality monitoring (optional)
monitoring-intro = These questions help us see whether we are reaching everyone. You can skip any of them, or answer “Prefer not to say”. Your answers are kept apart from your registration, are only ever shown as totals, and are deleted if you cancel.
monitoring-skip = (Skip this question)
monitoring-summary-hint = Totals only. Any number from 1 to 4 is hidden, and a question with fewer than 5 answers is not shown, so that nobody can be identified.
monitoring-answer = Answer
monitoring-count = Number of people
monitoring-too-few = Fewer than 5 answers: not shown.
monitoring-suppressed = fewer than 5
monitoring-q-age = Age
monitoring-q-disability = Do you consider yourself to be disabled?
monitoring-q-ethnicity = Ethnic group
monitoring-q-sex = Sex or gender
monitoring-q-trans = Is your gender the same as the sex you were registered at birth?
monitoring-q-orientation = Sexual orientation
monitoring-q-religion = Religion or belief
monitoring-a-under_25 = Under 25
monitoring-a-25_34 = 25 to 34
monitoring-a-35_44 = 35 to 44
monitoring-a-45_54 = 45 to 54
monitoring-a-55_64 = 55 to 64
monitoring-a-65_over = 65 or over
monitoring-a-prefer_not = Prefer not to say
monitoring-a-yes = Yes
monitoring-a-no = No
monitoring-a-asian = Asian, Asian British, Asian Welsh
monitoring-a-black = Black, Black British, Black Welsh, Caribbean or African
monitoring-a-mixed = Mixed or multiple ethnic groups
monitoring-a-white = White
monitoring-a-other_ethnic = Another ethnic group
monitoring-a-woman = Woman
monitoring-a-man = Man
monitoring-a-another_way = In another way
monitoring-a-bisexual = Bisexual
monitoring-a-gay_lesbian = Gay or lesbian
monitoring-a-heterosexual = Straight or heterosexual
monitoring-a-other_orientation = Another sexual orientation
monitoring-a-no_religion = No religion
monitoring-a-buddhist = Buddhist
monitoring-a-christian = Christian
monitoring-a-hindu = Hindu
monitoring-a-jewish = Jewish
monitoring-a-muslim = Muslim
monitoring-a-sikh = Sikh
monitoring-a-other_religion = Another religion or belief
email-event-confirmed-subject = Your place at { $event }
email-event-confirmed-body = Hello,

    You have a place at { $event } on { $when }. The calendar file attached adds it to your calendar.

    To see your registration, change your access needs, or cancel, use your personal link:

    { $link }

    Keep this e-mail: anyone with the link can change your registration.

    The event: { $page }
email-event-waiting-subject = You are on the waiting list for { $event }
email-event-waiting-body = Hello,

    { $event } on { $when } is full, so you are on the waiting list. If a place becomes free it goes to the next person waiting, and we will e-mail you straight away.

    To see your place in the list, change your details, or leave the list, use your personal link:

    { $link }
email-event-promoted-subject = A place is free for you at { $event }
email-event-promoted-body = Hello { $name },

    Good news: a place has become free and it is yours. You are now registered for { $event } on { $when }. The calendar file attached adds it to your calendar.

    Your personal link (this new link replaces the one we sent before):

    { $link }

    If you can no longer come, please cancel so that the next person can have the place.
email-event-already-subject = Your registration for { $event }
email-event-already-body = Hello { $name },

    Someone, perhaps you, tried to register this address for { $event } again. You are already registered, so nothing has changed.

    Here is a new personal link to your registration (the one we sent before no longer works):

    { $link }
email-event-cancelled-subject = Your place at { $event } is cancelled
email-event-cancelled-body = Hello { $name },

    Your registration for { $event } on { $when } is cancelled. If this was a mistake, you can register again: { $page }
email-event-reminder-subject = Reminder: { $event } is on { $when }
email-event-reminder-body = Hello { $name },

    This is a reminder that { $event } is on { $when }.

    The programme and how to get there: { $page }

    If you can no longer come, please cancel with the personal link in your confirmation e-mail so that someone else can have your place.
email-event-feedback-subject = What did you think of { $event }?
email-event-feedback-body = Hello { $name },

    Thank you for coming to { $event }. Please tell us what worked and what we should change:

    { $feedback }
events-cancel-for = Cancel
events-flash-cancelled-by-organiser = Cancelled. The person has been told, and any place they held has gone to the next person waiting.
email-event-changed-subject = Changed: { $event } is now on { $when }
email-event-changed-body = Hello { $name },

    The organisers have changed the time or place of { $event }. It is now on { $when }. If you have a place, the calendar file attached updates your calendar.

    The details: { $page }

    If you can no longer come, please cancel with the personal link in your confirmation e-mail.
events-save = Save event
