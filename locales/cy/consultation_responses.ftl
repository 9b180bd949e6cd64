# Ymateb i ymgynghoriad, beth a glywsom, yr ymateb, dilyn (#12)
consult-phase-responded = Ar gau. Cyhoeddwyd yr ymateb ar { $published }.
consult-respond-link = Ymateb i'r ymgynghoriad hwn
consult-respond-title = Ymateb: { $title }
consult-respond-is-sent = Diolch: mae eich ymateb wedi'i anfon. Gallwch ei newid o hyd nes bydd yr ymgynghoriad yn cau.
consult-respond-is-draft = Mae eich ymateb wedi'i gadw ond heb ei anfon eto.
consult-respond-about-you = Amdanoch chi
consult-respond-name = Eich enw
consult-respond-email = Eich cyfeiriad e-bost
consult-respond-email-hint = Byddwn yn anfon dolen atoch i'w gadarnhau. Bydd eich ymateb yn cyfrif unwaith y byddwch yn agor y ddolen honno, a gallwch ei defnyddio i orffen neu newid eich ymateb. Fyddwn ni byth yn cyhoeddi eich cyfeiriad.
consult-respond-email-optional = Dewisol. Dim ond os yw'r person am gael gwybod pan fydd yr ymateb yn cael ei gyhoeddi.
consult-respond-on-behalf = Ydych chi'n ymateb ar eich rhan eich hun neu ar ran sefydliad?
consult-respond-as-myself = Ar fy rhan fy hun
consult-respond-as-org = Ar ran sefydliad
consult-respond-org-name = Sefydliad
consult-respond-org-hint = Dim ond os ydych chi'n ymateb ar ran sefydliad: ei enw fel y mae yn y cyfeiriadur.
consult-respond-publish = Gawn ni gyhoeddi eich enw gyda'ch atebion?
consult-respond-publish-no = Na chewch, dangoswch fy atebion fel “dienw”
consult-respond-publish-yes = Cewch, cyhoeddwch fy enw
consult-respond-questions = Y cwestiynau
consult-respond-questions-hint = Atebwch gynifer ag y dymunwch. Caiff eich atebion eu cyhoeddi (gyda'ch enw dim ond os dywedoch gewch uchod).
consult-respond-describe = Amdanoch chi (dewisol)
consult-respond-describe-hint = Mae hyn yn ein helpu i weld gan bwy rydyn ni wedi clywed. Gellir hepgor pob cwestiwn. Caiff ei gadw ar wahân i'ch atebion a'i ddangos fel rhifau yn unig, a byth pan fo cyn lleied o bobl wedi rhoi ateb y gellid adnabod rhywun.
consult-respond-nation = Ble rydych chi'n byw?
consult-respond-skip = Byddai'n well gen i beidio â dweud
consult-respond-groups = Oes unrhyw un o'r rhain yn llywio eich profiad? Ticiwch unrhyw rai sy'n berthnasol.
consult-respond-follow = Anfonwch e-bost ataf am yr ymgynghoriad hwn: pan fydd ar fin cau a phan fydd yr ymateb yn cael ei gyhoeddi (un e-bost y dydd ar y mwyaf)
consult-respond-send = Anfon fy ymateb
consult-respond-save = Cadw a gorffen wedyn
consult-respond-save-hint = Mae “Cadw a gorffen wedyn” yn cadw eich atebion; gallwch ddod yn ôl gyda'r ddolen y byddwn yn ei hanfon atoch.
consult-respond-closed = Dydy'r ymgynghoriad hwn ddim yn derbyn ymatebion nawr.
consult-respond-received-via = Sut cyrhaeddodd yr ymateb?
consult-via-online = Ar-lein
consult-via-post = Drwy'r post
consult-via-email = Drwy e-bost
consult-via-phone = Dros y ffôn
consult-via-event = Mewn digwyddiad
consult-scale-strongly_agree = Cytuno'n gryf
consult-scale-agree = Cytuno
consult-scale-neither = Ddim yn cytuno nac yn anghytuno
consult-scale-disagree = Anghytuno
consult-scale-strongly_disagree = Anghytuno'n gryf
consult-error-name = Rhowch eich enw
consult-error-organisation = Rhowch enw'r sefydliad fel y mae yn y cyfeiriadur, neu dewiswch “Ar fy rhan fy hun”
consult-error-choice = Dewiswch un o'r atebion a gynigir
consult-error-no-answers = Atebwch o leiaf un cwestiwn cyn anfon, neu dewiswch “Cadw a gorffen wedyn”
consult-error-via = Dewiswch sut cyrhaeddodd yr ymateb
consult-flash-check-email = Diolch. Rydyn ni wedi anfon e-bost atoch gyda dolen: agorwch hi i gadarnhau eich cyfeiriad a bydd eich ymateb yn cyfrif.
consult-flash-response-kept = Mae eich ymateb wedi'i gadw. Dewch yn ôl i'w orffen unrhyw bryd cyn i'r ymgynghoriad gau.
consult-flash-sent = Diolch: mae eich ymateb wedi'i anfon.
consult-flash-entered = Mae'r ymateb wedi'i gofnodi.
email-consult-link-subject = Eich ymateb i “{ $title }”
email-consult-link-body = Helo { $name },
    
    Diolch am ymateb i “{ $title }”. Agorwch y ddolen hon i gadarnhau eich cyfeiriad e-bost (bydd eich ymateb yn cyfrif unwaith y gwnewch chi), ac i orffen neu newid eich ymateb tra bo'r ymgynghoriad ar agor:
    
    { $link }
    
    Cadwch yr e-bost hwn: mae'r ddolen yn bersonol i chi. Os na wnaethoch chi ymateb, gallwch ei anwybyddu.
email-consult-response-subject = Rydyn ni wedi cyhoeddi beth a glywsom: “{ $title }”
email-consult-response-body = Helo { $name },
    
    Diolch am ymateb i “{ $title }”. Rydyn ni bellach wedi cyhoeddi beth a glywsom a beth a newidiwyd gennym o'i herwydd:
    
    { $link }
email-consult-notices-subject = Newyddion am ymgynghoriadau rydych chi'n eu dilyn
email-consult-notices-body = Helo,
    
    { $parts }
consult-notice-part = “{ $title }”
    { $lines }
    Darllenwch ef: { $link }
    Peidio ag anfon e-bost amdano: { $stop }
consult-notice-opened = Mae bellach ar agor ar gyfer sylwadau ac ymatebion.
consult-notice-reply = Mae rhywun wedi ateb eich sylw.
consult-notice-closing = Mae'n cau ymhen tri diwrnod.
consult-notice-response = Mae'r ymateb, beth a glywsom a beth a newidiwyd gennym, wedi'i gyhoeddi.
consult-follow-button = Dilyn yr ymgynghoriad hwn
consult-follow-hint = Byddwn yn anfon e-bost atoch pan fydd yn agor, pan fydd rhywun yn eich ateb, dri diwrnod cyn iddo gau a phan fydd yr ymateb yn cael ei gyhoeddi: un e-bost y dydd ar y mwyaf.
consult-following = Rydych chi'n dilyn yr ymgynghoriad hwn.
consult-flash-following = Rydych chi bellach yn dilyn yr ymgynghoriad hwn.
consult-flash-not-following = Dydych chi ddim yn dilyn yr ymgynghoriad hwn mwyach.
consult-unfollow-title = Peidio ag anfon e-byst am ymgynghoriad
consult-unfollow-intro = Pwyswch y botwm ac ni fyddwn yn anfon e-bost atoch am yr ymgynghoriad hwn eto.
consult-unfollow-button = Peidio â dilyn
consult-flash-unfollowed = Wedi'i wneud: ni fyddwn yn anfon e-bost atoch am yr ymgynghoriad hwnnw eto.
consult-flash-unfollow-unknown = Mae'r ddolen honno eisoes wedi'i defnyddio neu mae un newydd wedi cymryd ei lle.
consult-questions-link = Cwestiynau
consult-questions-title = Cwestiynau: { $title }
consult-no-questions = Dydy'r ymgynghoriad hwn ddim yn gofyn ei gwestiynau ei hun eto: gall pobl roi sylw ar bob rhan o hyd.
consult-question-add = Ychwanegu cwestiwn
consult-question-kind = Math o gwestiwn
consult-kind-text = Testun rhydd
consult-kind-one = Un dewis
consult-kind-many = Sawl dewis
consult-kind-scale = Cytuno neu anghytuno (pum cam)
consult-question-prompt = Y cwestiwn
consult-question-options = Y dewisiadau
consult-question-options-hint = Ar gyfer “un dewis” a “sawl dewis”: un dewis ar bob llinell, o leiaf dau.
consult-question-remove = Tynnu
consult-error-prompt = Rhowch y cwestiwn
consult-error-options = Rhowch o leiaf ddau ddewis, un ar bob llinell
consult-flash-question-added = Mae'r cwestiwn wedi'i ychwanegu.
consult-flash-question-removed = Mae'r cwestiwn wedi'i dynnu.
consult-flash-question-kept = Mae atebion i'r cwestiwn hwnnw, felly cafodd ei gadw.
consult-responses-link = Ymatebion
consult-responses-title = Ymatebion: { $title }
consult-responses-private = Dim ond cydlynwyr sy'n gweld y dudalen hon: mae'n cynnwys enwau a chyfeiriadau pobl.
consult-enter-received = Cofnodi ymateb a ddaeth mewn ffordd arall
consult-responses-csv = Llwytho pob ymateb i lawr (CSV, gyda manylion personol)
consult-no-responses = Dim ymatebion eto.
consult-responses-count = { $count ->
    [one] 1 ymateb
   *[other] { $count } ymateb
}
consult-col-via = Cyrhaeddodd
consult-col-status = Cyflwr
consult-col-published = Enw wedi'i gyhoeddi
consult-col-updated = Newidiwyd ddiwethaf
consult-status-counted = Wedi'i anfon a'i gyfrif
consult-status-unconfirmed = Wedi'i anfon, cyfeiriad heb ei gadarnhau eto
consult-status-draft = Wedi'i gadw, heb ei anfon
consult-yes = Ydy
consult-no = Nac ydy
consult-open-data-answers = Atebion fel data agored
consult-anonymous = Dienw
consult-analysis-link = Beth a glywsom
consult-analysis-title = Beth a glywsom: { $title }
consult-analysis-totals-comments = { $count ->
    [one] 1 sylw.
   *[other] { $count } sylw.
}
consult-analysis-totals-responses = { $count ->
    [one] 1 ymateb.
   *[other] { $count } ymateb.
}
consult-analysis-where = Ble rhoddodd pobl sylwadau
consult-analysis-strip-hint = Rhan o'r ddogfen yw pob sgwâr, yn eu trefn; po dywyllaf yw, mwyaf o sylwadau sydd ganddo. Y rhif yw nifer ei sylwadau. Mae'r un rhifau yn y tabl isod.
consult-part = Rhan { $part }
consult-analysis-strip-table = Sylwadau ar bob rhan o'r ddogfen
consult-col-part = Rhan
consult-col-opening = Yn dechrau
consult-col-comments = Sylwadau
consult-analysis-themes = Themâu
consult-col-theme = Thema
consult-col-count = Nifer
consult-no-themes = Dim themâu eto.
consult-analysis-answers = Atebion i'r cwestiynau
consult-analysis-answered = { $count ->
    [one] Atebodd 1 person.
   *[other] Atebodd { $count } o bobl.
}
consult-col-answer = Ateb
consult-analysis-who = Pwy ymatebodd
consult-analysis-who-hint = Fel y disgrifiodd ymatebwyr eu hunain, os dewison nhw wneud hynny. Ni ddangosir rhifau o 1 i 4, fel na ellir adnabod neb.
consult-analysis-nation = Ble maen nhw'n byw
consult-analysis-group = Beth sy'n llywio eu profiad
consult-suppressed = llai na 5
consult-too-few = Atebodd rhy ychydig o bobl i'r rhifau gael eu dangos.
consult-themes-link = Themâu
consult-themes-title = Themâu: { $title }
consult-theme-name = Thema newydd
consult-theme-name-hint = Ychydig eiriau am rywbeth a godwyd gan bobl, fel “Mynediad i gyfarfodydd”.
consult-theme-add = Ychwanegu'r thema
consult-themes-now = Themâu
consult-themes-items = Sylwadau ac atebion
consult-themes-of = Themâu'r hyn a ddywedodd { $name }
consult-themes-save = Cadw'r themâu
consult-on-block = ar ran { $block }
consult-on-removed-part = ar ran a dynnwyd allan ers hynny
consult-on-whole = ar y ddogfen gyfan
consult-error-theme = Rhowch enw'r thema
consult-error-theme-exists = Mae thema gyda'r enw hwnnw eisoes
consult-flash-theme-added = Mae'r thema wedi'i hychwanegu.
consult-flash-tagged = Cadwyd y themâu.
consult-pages = Tudalennau
consult-page-previous = Y dudalen flaenorol
consult-page-next = Y dudalen nesaf
consult-page-of = Tudalen { $page }
consult-response-link = Yr ymateb: beth a glywsom a beth a wnaethom
consult-response-title = Yr ymateb: { $title }
consult-response-draft = Drafft yw hwn: dim ond cydlynwyr a phartneriaid sy'n ei weld nes iddo gael ei gyhoeddi.
consult-you-said = Dywedoch chi, gwnaethom ni
consult-theme-said = { $count ->
    [one] Codwyd hyn mewn 1 sylw neu ateb.
   *[other] Codwyd hyn mewn { $count } sylw ac ateb.
}
consult-we-did = Beth a wnaethom
consult-fate-changed = “{ $part }”: newidiwyd yn fersiwn { $number }
consult-fate-removed = “{ $part }”: tynnwyd allan ar ôl fersiwn { $number }
consult-fate-unchanged = “{ $part }”: heb ei newid
consult-response-write = Ysgrifennu'r ymateb
consult-response-body = Yr ymateb
consult-response-body-hint = Beth a glywsoch, beth a newidiwyd gennych a pham. Markdown, fel yn y wici.
consult-theme-outcome = Beth a wnaethom am “{ $name }”
consult-response-publish = Cyhoeddi'r ymateb
consult-response-update = Cadw'r ymateb a gyhoeddwyd
consult-response-save = Cadw fel drafft
consult-response-publish-hint = Mae cyhoeddi yn anfon e-bost at bawb a ymatebodd. Dim ond ar ôl i'r ymgynghoriad gau y gellir gwneud hyn.
consult-error-response-empty = Ysgrifennwch yr ymateb cyn ei gyhoeddi
consult-error-not-closed = Dim ond ar ôl i'r ymgynghoriad gau y gellir cyhoeddi'r ymateb
consult-flash-response-saved = Mae'r ymateb wedi'i gadw fel drafft.
consult-flash-response-published = Mae'r ymateb wedi'i gyhoeddi.
consult-report-link = Rhoi gwybod
consult-report-title = Rhoi gwybod am sylw
consult-report-intro = Dywedwch wrth y cydlynwyr pam na ddylai'r sylw hwn fod yma. Byddan nhw'n ei ddarllen ac efallai'n cuddio'r sylw.
consult-report-reason = Pam rydych chi'n rhoi gwybod amdano?
consult-report-reason-hint = Er enghraifft: mae'n sarhaus, mae'n rhannu manylion personol rhywun, neu mae'n hysbysebu.
consult-report-button = Anfon
consult-error-report-reason = Dywedwch pam rydych chi'n rhoi gwybod amdano
consult-flash-reported = Diolch: bydd y cydlynwyr yn edrych arno.
consult-reports-count = { $count ->
    [one] Rhoddwyd gwybod unwaith
   *[other] Rhoddwyd gwybod { $count } o weithiau
}
calendar-consultation-closes = Ymgynghoriad yn cau: { $title }
consult-import-title = Dod â'r drafft i mewn o ffeil
consult-import-file = Dogfen
consult-import-hint = Markdown (.md), Word (.docx) neu OpenDocument (.odt), hyd at 10 MB. Mae ei thestun yn cymryd lle'r drafft yn y ffurflen uchod i chi ei wirio; does dim yn cael ei gadw nes i chi bwyso “Cadw”.
consult-import-button = Dod â hi i mewn
consult-import-done = Mae testun y ffeil yn y drafft uchod. Gwiriwch ef, yna cadwch.
consult-import-nothing-dropped = Daethpwyd â phopeth yn y ffeil drosodd.
consult-import-dropped = Roedd pethau yn y ffeil na ddaethpwyd â nhw drosodd:
consult-import-error-missing = Dewiswch ffeil
consult-import-error-not-a-document = Nid ffeil Markdown, Word (.docx) nac OpenDocument (.odt) yw hon, neu mae wedi'i difrodi
consult-import-error-too-big = Mae'r ffeil yn rhy fawr, neu byddai'n dadbacio i lawer mwy nag sydd ei angen ar ddogfen
consult-import-error-not-text = Nid testun plaen UTF-8 yw'r ffeil
consult-import-dropped-footnotes = Troednodiadau ac ôl-nodiadau (rhowch nhw yn y testun os ydyn nhw'n bwysig)
consult-import-dropped-comments = Sylwadau a ysgrifennwyd yn yr ymyl
consult-import-dropped-tracked-changes = Newidiadau wedi'u tracio (cadwyd ychwanegiadau, ond nid dileadau, fel pe baen nhw wedi'u derbyn)
consult-import-dropped-text-boxes = Blychau testun
consult-import-dropped-embedded-objects = Gwrthrychau wedi'u mewnosod, fel siartiau neu daenlenni
consult-import-dropped-scripts = Macros a sgriptiau (byth yn cael eu rhedeg na'u cadw)
consult-import-dropped-merged-cells = Celloedd tabl wedi'u huno (mae pob un bellach yn gell ei hun)
consult-import-dropped-links-not-to-the-web = Dolenni i leoedd nad ydyn nhw'n dudalennau gwe nac yn gyfeiriadau e-bost (cadwyd eu geiriau)
consult-import-dropped-images-without-description = Delweddau heb ddisgrifiad: ychwanegwch un at bob delwedd yn y drafft, rhwng y cromfachau sgwâr
consult-import-dropped-images-not-readable = Delweddau na ellid eu darllen fel lluniau
consult-welsh-version = Y fersiwn Gymraeg (dewisol)
consult-welsh-version-hint = Ysgrifennwch y drafft Cymraeg fesul rhan yn yr un drefn â'r Saesneg: mae pob pennawd, paragraff, eitem rhestr a thabl yn paru â'r un Saesneg yn yr un lle. Mae darllenwyr Cymraeg yn ei weld, a gall unrhyw un ddangos y ddau ochr yn ochr. Mae sylwadau yn aros ar y rhannau Saesneg.
consult-field-title-cy = Teitl yn Gymraeg
consult-field-summary-cy = Crynodeb yn Gymraeg
consult-field-easy-read-cy = Hawdd ei Ddeall yn Gymraeg
consult-field-draft-cy = Y drafft Cymraeg
consult-show-both = Dangos Cymraeg a Saesneg ochr yn ochr
consult-show-one = Dangos un iaith
consult-parts-differ = Mae gan y drafft Cymraeg { $welsh } rhan a'r Saesneg { $english }: maen nhw'n cael eu paru yn eu trefn, felly gwiriwch eu bod yn cyfateb cyn cyhoeddi.
consult-error-part-removed = Tynnwyd y rhan hon o'r ddogfen mewn fersiwn diweddarach, felly dydy hi ddim yn derbyn sylwadau mwyach. Mae eich sylw wedi'i gadw isod: gallwch ei gopïo a rhoi sylw ar y ddogfen gyfan yn lle hynny.
