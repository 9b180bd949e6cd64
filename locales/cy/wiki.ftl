# Y wici, Cymraeg. Termau o Wicipedia Cymraeg: Golygu, Hanes y dudalen, Newidiadau diweddar.

nav-wiki = Wici
wiki-title = Wici
wiki-intro = Y wici yw'r lle mae'r fenter yn cofnodi ac yn cynllunio ei gwaith yn agored. Gall unrhyw un ei ddarllen; gyda chyfrif gallwch ei olygu. Mae pob newid yn cael ei gadw.
wiki-all-pages = Pob tudalen
wiki-no-pages = Does dim tudalennau eto.
wiki-new-page-label = Dechrau tudalen newydd
wiki-new-page-hint = Teipiwch deitl y dudalen, er enghraifft "Nodiadau cyfarfod/2019".
wiki-new-page-button = Dechrau'r dudalen
wiki-tabs-label = Offer y dudalen
wiki-tab-read = Darllen
wiki-tab-edit = Golygu
wiki-tab-create = Creu
wiki-tab-history = Hanes
wiki-tab-info = Gwybodaeth
wiki-contents = Cynnwys
wiki-edit-section = Golygu
wiki-edit-section-name = adran: { $heading }
wiki-link-missing = tudalen heb ei hysgrifennu eto
wiki-last-edited = Golygwyd ddiwethaf { $time }
wiki-by = gan { $name }.
# Ansicr: "beit" fel uned; mae Wicipedia yn defnyddio "beit".
wiki-bytes = { $count ->
    [zero] { $count } beit
    [one] { $count } beit
    [two] { $count } feit
    [few] { $count } beit
    [many] { $count } beit
   *[other] { $count } beit
}
wiki-missing-intro = Does dim tudalen gyda'r teitl hwn eto.
wiki-missing-create = Creu'r dudalen hon
wiki-missing-search = Chwilio am y teitl hwn mewn tudalennau eraill
wiki-old-revision-notice = Hen fersiwn o'r dudalen yw hon, fel y'i cadwyd { $time }.
wiki-old-revision-current = Gweld y fersiwn gyfredol
wiki-old-revision-diff = Cymharu â'r fersiwn gyfredol

## Golygu
wiki-creating = Creu { $title }
wiki-editing = Golygu { $title }
wiki-editing-section = Golygu { $title } (adran { $section })
wiki-field-text = Testun y dudalen
wiki-field-text-hint = Wedi'i ysgrifennu yn Markdown: # ar gyfer penawdau, *sêr* ar gyfer pwyslais, - ar gyfer rhestrau, [[Teitl y dudalen]] i greu dolen i dudalen arall.
wiki-field-summary = Crynodeb o'ch newidiadau (dewisol)
wiki-field-summary-hint = Ychydig eiriau sy'n dweud beth wnaethoch ei newid a pham. Maen nhw'n ymddangos yn hanes y dudalen.
wiki-field-minor = Golygiad bach yw hwn (sillafu, fformatio)
wiki-save-button = Cadw'r newidiadau
wiki-preview-button = Dangos rhagolwg
wiki-preview-heading = Rhagolwg
wiki-preview-hint = Fel hyn y bydd y dudalen yn edrych. Nid yw eich newidiadau wedi'u cadw eto.
wiki-flash-saved = Mae eich newidiadau wedi'u cadw.
wiki-flash-merged = Newidiodd rhywun arall y dudalen hon tra oeddech yn golygu. Nid oedd eich newidiadau'n gorgyffwrdd, felly cadwyd y ddau.
wiki-flash-unchanged = Ni wnaethoch newid dim, felly ni chadwyd dim.
wiki-flash-reverted = Mae'r dudalen wedi'i rhoi'n ôl i'r fersiwn gynharach. Mae'r newid yn yr hanes.
wiki-flash-revert-conflict = Newidiodd y dudalen tra oeddech yn ei rhoi'n ôl. Edrychwch ar yr hanes eto a rhowch gynnig arall arni.
wiki-conflict-heading = Newidiodd rhywun arall yr un rhan
wiki-conflict-intro = Tra oeddech yn golygu, cadwodd rhywun arall newid i'r un rhan o'r dudalen hon. Does dim wedi'i golli. Mae'r blwch isod eisoes yn cyfuno'r ddau fersiwn; lle newidiodd y ddau ohonoch yr un llinellau, dangosir y ddau rhwng llinellau marcio. Cadwch yr hyn ddylai aros ym mhob rhan sydd wedi'i marcio, tynnwch y llinellau marcio, yna cadwch.
wiki-conflict-diff-heading = Gwahaniaethau rhwng y fersiwn gyfredol a'ch testun chi
wiki-conflict-current = Y fersiwn gyfredol (darllen yn unig)
wiki-conflict-yours = Y ddau fersiwn wedi'u cyfuno: dewiswch beth i'w gadw
wiki-error-conflict = Newidiodd rhywun arall yr un rhan o'r dudalen hon. Cyfunwch eich testun â'u testun nhw, yna cadwch eto
wiki-conflict-mine = Eich testun fel y gwnaethoch ei ysgrifennu (darllen yn unig)
wiki-conflict-marker-saved = wedi'i gadw yn y cyfamser gan rywun arall
wiki-conflict-marker-yours = eich fersiwn chi
wiki-error-conflict-markers = Dewiswch beth i'w gadw ym mhob rhan sydd wedi'i marcio, yna tynnwch y llinellau sy'n dechrau gyda <<<<<<<, ======= a >>>>>>>
wiki-conflict-drops-heading = Byddai hyn yn tynnu'r hyn a ychwanegodd rhywun arall
wiki-error-conflict-drops = Mae eich testun yn gadael allan linellau a ychwanegodd rhywun arall tra oeddech yn golygu. Rhowch nhw yn ôl, neu cadarnhewch y dylen nhw fynd
wiki-conflict-drops-confirm = Ie, tynnu'r llinellau hyn a ychwanegwyd gan rywun arall
wiki-error-summary-too-long = Rhaid i'r crynodeb fod yn 500 nod neu lai
wiki-error-text-too-long = Mae'r dudalen yn rhy hir. Rhannwch hi'n dudalennau llai
wiki-error-text-empty = Rhowch destun ar gyfer y dudalen newydd
wiki-error-section-gone = Nid yw'r adran honno'n bodoli mwyach. Golygwch y dudalen gyfan yn lle hynny
wiki-error-protected = Mae'r dudalen hon wedi'i diogelu, felly ni all eich cyfrif ei golygu.
wiki-error-title-empty = Rhowch deitl i'r dudalen
wiki-error-title-too-long = Rhaid i'r teitl fod yn 255 beit neu lai
wiki-error-title-character = Ni all teitlau tudalennau gynnwys # < > [ ] | {"{"} {"}"} na nodau rheoli
wiki-error-title-slash = Mae slaesau mewn teitl yn gwahanu is-dudalennau: dim slaes ar y dechrau na'r diwedd, a dim rhannau gwag
wiki-error-title-reserved = Ni ellir galw is-dudalen yn edit, history, talk, diff, revert, info na links

## Hanes a gwahaniaethau
wiki-history-title = Hanes { $title }
wiki-history-caption = Fersiynau'r dudalen hon, y mwyaf newydd yn gyntaf
wiki-history-compare-from = Cymharu o
wiki-history-compare-to = Cymharu â
wiki-history-compare-from-label = Cymharu o fersiwn { $time }
wiki-history-compare-to-label = Cymharu â fersiwn { $time }
wiki-history-compare-button = Cymharu'r fersiynau a ddewiswyd
wiki-history-when = Cadwyd
wiki-history-who = Gan
wiki-history-size = Maint (newid)
wiki-history-summary = Crynodeb
wiki-history-actions = Gweithredoedd
wiki-history-diff-link = newidiadau
wiki-history-feed = Dilyn newidiadau'r dudalen hon (ffrwd Atom)
wiki-minor-edit = Golygiad bach
wiki-minor-abbr = b
wiki-revert-button = Rhoi'r fersiwn hon yn ôl
wiki-revert-summary = Rhoi fersiwn { $revision } gan { $author } yn ôl
wiki-diff-title = Newidiadau i { $title }
wiki-diff-from = O fersiwn
wiki-diff-from-empty = O dudalen wag (dyma'r fersiwn gyntaf).
wiki-diff-to = I fersiwn
wiki-diff-inline = Dangos y newidiadau mewn un golofn
wiki-diff-side = Dangos y newidiadau ochr yn ochr
wiki-diff-none = Mae'r ddwy fersiwn yr un fath.
wiki-diff-table-label = Gwahaniaethau
wiki-diff-caption = Gwahaniaethau rhwng y ddwy fersiwn. Mae testun a dynnwyd wedi'i farcio fel wedi'i ddileu a thestun a ychwanegwyd fel wedi'i fewnosod.
wiki-diff-line = Llinell
wiki-diff-old = Hen fersiwn
wiki-diff-new = Fersiwn newydd
wiki-diff-old-line = Hen linell
wiki-diff-new-line = Llinell newydd
wiki-diff-text = Testun
wiki-diff-removed-line = wedi'i dynnu
wiki-diff-added-line = wedi'i ychwanegu
wiki-diff-skipped = { $count ->
    [zero] dim llinellau heb eu newid
    [one] { $count } llinell heb ei newid
    [two] { $count } linell heb eu newid
    [few] { $count } llinell heb eu newid
    [many] { $count } llinell heb eu newid
   *[other] { $count } o linellau heb eu newid
}

## Gwybodaeth
wiki-info-title = Gwybodaeth am { $title }
wiki-info-created-by = Crëwyd gan
wiki-info-created-at = Crëwyd
wiki-info-revisions = Nifer y fersiynau
wiki-info-last-edit = Golygwyd ddiwethaf
wiki-info-size = Maint
wiki-info-links-here = Tudalennau sy'n cysylltu yma
wiki-links-here-title = Tudalennau sy'n cysylltu â { $title }
wiki-links-here-none = Does dim tudalennau'n cysylltu yma.

## Newidiadau diweddar
wiki-recent-changes-title = Newidiadau diweddar
wiki-contributions-title = Newidiadau gan { $name }
wiki-rc-hide-minor = Cuddio golygiadau bach
wiki-rc-namespace = Dangos tudalennau
wiki-rc-namespace-all = Pob tudalen
wiki-rc-namespace-main = Tudalennau arferol
wiki-rc-namespace-category = Tudalennau categori
wiki-rc-filter = Dangos newidiadau
wiki-rc-feed = Dilyn y newidiadau hyn (ffrwd Atom)
wiki-rc-none = Does dim newidiadau'n cyfateb.
wiki-no-summary = (dim crynodeb)

## Chwilio
search-title = Chwilio
search-label = Chwilio'r wici
search-exact = Mae gan dudalen yr union deitl hwn:
search-results-count = { $count ->
    [zero] Dim canlyniadau
    [one] { $count } canlyniad
    [two] { $count } ganlyniad
    [few] { $count } chanlyniad
    [many] { $count } chanlyniad
   *[other] { $count } o ganlyniadau
}
search-none = Does dim yn cyfateb. Rhowch gynnig ar lai o eiriau neu eiriau gwahanol.

## Tudalennau sgwrs
wiki-tab-talk = Sgwrs
wiki-talk-title = Sgwrs: { $title }
wiki-talk-intro = Trafodwch y dudalen yma: gofynnwch gwestiynau, awgrymwch newidiadau, dywedwch beth yw eich barn. Byddwch yn garedig; gall cydlynwyr guddio sylwadau.
wiki-talk-count = { $count ->
    [0] Dim sylwadau eto
    [one] { $count } sylw
    [two] { $count } sylw
    [few] { $count } sylw
    [many] { $count } sylw
   *[other] { $count } o sylwadau
}
wiki-talk-edited = golygwyd
wiki-talk-reply = ateb
wiki-talk-hidden = Cuddiwyd y sylw hwn gan gydlynydd.
wiki-talk-hidden-reason = Rheswm: { $reason }
wiki-talk-reply-button = Ateb
wiki-talk-reply-label = Eich ateb i { $name }
wiki-talk-reply-submit = Anfon ateb
wiki-talk-edit-button = Golygu eich sylw
wiki-talk-edit-label = Eich sylw
wiki-talk-hide-button = Cuddio'r sylw hwn
wiki-talk-unhide-button = Dangos y sylw hwn eto
wiki-talk-reason-label = Pam rydych chi'n ei guddio?
wiki-talk-hide-submit = Cuddio'r sylw
wiki-talk-new-heading = Dechrau trafodaeth newydd
wiki-talk-new-label = Eich sylw
wiki-talk-new-hint = Gallwch ddefnyddio Markdown, a [[Teitl y dudalen]] i greu dolen i dudalen.
wiki-talk-new-submit = Ychwanegu sylw
wiki-talk-sign-in = Mewngofnodwch i ymuno â'r drafodaeth
wiki-talk-error-empty = Ysgrifennwch eich sylw
wiki-talk-error-too-long = Rhaid i sylwadau fod yn 10,000 nod neu lai
wiki-talk-error-not-yours = Dim ond eich sylwadau eich hun y gallwch eu golygu.
wiki-talk-error-reason = Dywedwch pam rydych chi'n cuddio'r sylw
wiki-talk-flash-added = Mae eich sylw wedi'i ychwanegu.
wiki-talk-flash-edited = Mae eich sylw wedi'i newid.
wiki-talk-flash-hidden = Mae'r sylw wedi'i guddio. Mae'r rheswm yn y log cymedroli.
wiki-talk-flash-unhidden = Gellir gweld y sylw eto.

## Categorïau
wiki-categories = Categorïau
wiki-category-members = { $count ->
    [zero] Dim tudalennau yn y categori hwn
    [one] { $count } dudalen yn y categori hwn
    [two] { $count } dudalen yn y categori hwn
    [few] { $count } tudalen yn y categori hwn
    [many] { $count } thudalen yn y categori hwn
   *[other] { $count } o dudalennau yn y categori hwn
}

## Dilyn, symud, diogelu, dileu
wiki-follow = Dilyn y dudalen hon
wiki-unfollow = Peidio â dilyn y dudalen hon
wiki-flash-following = Rydych yn dilyn y dudalen hon. Byddwn yn anfon e-bost atoch pan fydd yn newid, unwaith yr awr ar y mwyaf.
wiki-flash-unfollowed = Nid ydych yn dilyn y dudalen hon mwyach.
wiki-info-watchers = Pobl sy'n dilyn y dudalen hon
wiki-info-protection = Diogelu
wiki-action-move = Symud (ailenwi)
wiki-action-protect = Diogelu
wiki-action-delete = Dileu
wiki-redirected-from = Ailgyfeiriwyd o
wiki-protected-partner = Wedi'i diogelu: dim ond partneriaid a chydlynwyr all olygu'r dudalen hon.
wiki-protected-locked = Wedi'i chloi: ni all neb olygu'r dudalen hon nes i gydlynydd ei datgloi.
wiki-protection-none = Gall unrhyw un sydd â chyfrif olygu
wiki-protection-partner = Dim ond partneriaid a chydlynwyr all olygu
wiki-protection-locked = Wedi'i chloi: ni all neb olygu
wiki-move-title = Symud { $title }
wiki-move-intro = Rhowch deitl newydd i'r dudalen. Mae ei hanes yn symud gyda hi. Gadewch ailgyfeiriad fel bod dolenni i'r hen deitl yn dal i weithio.
wiki-move-new-title = Teitl newydd
wiki-move-redirect = Gadael ailgyfeiriad wrth yr hen deitl
wiki-move-button = Symud y dudalen
wiki-move-summary = Symudwyd o { $from } i { $to }. { $reason }
wiki-protect-title = Diogelu { $title }
wiki-protect-intro = Dewiswch pwy all olygu'r dudalen hon a phwy all ei darllen.
wiki-protect-level = Pwy all olygu
wiki-protect-readers = Pwy all ddarllen
wiki-protect-readers-hint = Dim ond cynrychiolwyr aelodau'r consortiwm a chydlynwyr sy'n gweld tudalen i aelodau yn unig, ei hanes, ei sgwrs a'r ffeiliau a lwythwyd ar ei chyfer. Mae'n cael ei gadael allan o restrau, ffrydiau a chwilio i bawb arall. Mae is-dudalennau newydd iddi i aelodau yn unig hefyd.
wiki-readers-everyone = Pawb
wiki-readers-members = Aelodau'r consortiwm a chydlynwyr yn unig
wiki-info-readers = Pwy all ddarllen
wiki-members-only-notice = Aelodau'r consortiwm yn unig: dim ond cynrychiolwyr aelodau'r consortiwm a chydlynwyr all weld y dudalen hon.
wiki-error-readers = Dewiswch pwy all ddarllen y dudalen
wiki-protect-button = Cadw'r diogelu
wiki-delete-title = Dileu { $title }
wiki-delete-intro = Bydd y dudalen yn diflannu o'r wici, o'r chwilio ac o'r rhestrau. Caiff ei hanes cyfan ei gadw, a gall gweinyddwr ei hadfer.
wiki-delete-button = Dileu'r dudalen
wiki-manage-reason = Rheswm
wiki-manage-reason-hint = Mae hyn yn mynd i'r log, fel bod eraill yn gwybod pam.
wiki-error-move-same = Rhowch deitl sy'n wahanol i'r un presennol
wiki-error-move-exists = Mae tudalen gyda'r teitl hwnnw'n bodoli'n barod. Dewiswch deitl arall
wiki-error-protection-level = Dewiswch pwy all olygu
wiki-error-delete-reason = Dywedwch pam rydych chi'n dileu'r dudalen
wiki-flash-moved = Mae'r dudalen wedi'i symud. Symudodd ei hanes gyda hi.
wiki-flash-protected = Mae diogelu'r dudalen wedi'i gadw.
wiki-flash-deleted = Mae'r dudalen wedi'i dileu. Gall gweinyddwr ei hadfer.
wiki-flash-restored = Mae'r dudalen wedi'i hadfer gyda'i hanes.
wiki-flash-restore-taken = Nid oedd modd adfer y dudalen: mae gan dudalen arall ei theitl erbyn hyn. Symudwch y dudalen honno yn gyntaf.
nav-admin-deleted = Tudalennau wedi'u dileu
admin-deleted-title = Tudalennau wedi'u dileu
admin-deleted-intro = Tudalennau a ddilëwyd gan gydlynwyr, gyda'u hanes cyfan. Mae adfer yn rhoi tudalen yn ôl o dan ei hen deitl.
admin-deleted-none = Does dim tudalennau wedi'u dileu.
admin-deleted-caption = Tudalennau wedi'u dileu, y diweddaraf yn gyntaf
admin-deleted-page = Tudalen
admin-deleted-when = Dilëwyd
admin-deleted-by = Gan
admin-deleted-restore = Adfer
email-watch-subject = Mae { $title } wedi newid ar { $site }
email-watch-body = Helo { $name },

    Mae'r dudalen "{ $title }", rydych yn ei dilyn, wedi newid. Gweld beth newidiodd:

    { $link }

    Rydym yn ysgrifennu unwaith yr awr ar y mwyaf ar gyfer pob tudalen. I atal y negeseuon hyn, agorwch y dudalen a dewis "Peidio â dilyn y dudalen hon".
email-watch-file-subject = Fersiwn newydd o { $file } ar { $site }
email-watch-file-body = Helo { $name },

    Mae rhywun wedi uwchlwytho fersiwn newydd o'r ffeil "{ $file }", sy'n cael ei dangos ar y dudalen "{ $title }". Rydych yn dilyn y dudalen honno. Gweld y ffeil a'i fersiynau cynharach:

    { $link }

    Rydym yn ysgrifennu unwaith yr awr ar y mwyaf ar gyfer pob tudalen. I atal y negeseuon hyn, agorwch y dudalen a dewis "Peidio â dilyn y dudalen hon".

## Bar offer fformatio
wiki-toolbar-label = Fformatio
wiki-toolbar-bold = Trwm
wiki-toolbar-italic = Italig
wiki-toolbar-heading = Pennawd
wiki-toolbar-link = Dolen i dudalen
wiki-toolbar-list = Rhestr
wiki-toolbar-table = Tabl
