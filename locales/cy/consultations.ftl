# Ymgynghoriadau (#12)
consult-title = Ymgynghoriadau
consult-intro = Darllenwch beth sy'n cael ei gynnig a dywedwch beth rydych chi'n ei feddwl, fesul rhan. Mae sylwadau pawb yn gyhoeddus; caiff crynodeb o'r hyn a glywsom, a'r hyn a newidiwyd gennym, ei gyhoeddi ar y diwedd.
consult-new-title = Dechrau ymgynghoriad
consult-none = Does dim ymgynghoriadau eto.
consult-example = Enghraifft
consult-by = Yn ymgynghori: { $who }
consult-easy-read = Hawdd ei ddeall
consult-edit-title = Newid yr ymgynghoriad hwn
consult-version = Fersiwn { $number }
consult-not-published = Does dim wedi'i gyhoeddi eto.
consult-comments-on = { $count ->
    [0] Rhoi sylw ar ran { $part }
    [one] 1 sylw ar ran { $part }
   *[other] { $count } sylw ar ran { $part }
}
consult-block-title = Rhan o “{ $title }”
consult-back-to-document = Yn ôl i'r ddogfen gyfan
consult-comments-count = { $count ->
    [0] Dim sylwadau eto
    [one] 1 sylw
   *[other] { $count } sylw
}
consult-no-comments = Byddwch y cyntaf i roi sylw.
consult-on-version = ar fersiwn { $number }
consult-comment-hidden = Cuddiwyd y sylw hwn gan gymedrolwr.
consult-your-comment = Eich sylw
consult-your-comment-hint = Dangosir eich enw gyda'ch sylw. Hyd at 5,000 o nodau.
consult-send-comment = Anfon sylw
consult-sign-in-to-comment = Mewngofnodwch i roi sylw
consult-your-text-kept = Eich testun, er mwyn i chi ei gadw:
consult-comments-closed = Nid yw'r ymgynghoriad hwn ar agor i sylwadau.
consult-see-current = Gweld y fersiwn gyfredol
consult-field-title = Teitl
consult-field-consulting = Pwy sy'n ymgynghori (dewisol)
consult-field-consulting-hint = Er enghraifft "Consortiwm cydgynhyrchu Cydraddoldeb".
consult-field-summary = Crynodeb (dewisol)
consult-field-easy-read = Fersiwn hawdd ei deall (dewisol)
consult-field-opens = Sylwadau'n agor
consult-field-closes = Sylwadau'n cau
consult-field-date = Dyddiad
consult-field-date-hint = Amser y DU. Gadewch yn wag i benderfynu wedyn.
consult-field-time = Amser
consult-field-draft = Y ddogfen (y fersiwn nesaf)
consult-field-draft-hint = Wedi'i hysgrifennu yn Markdown, fel ar y wici. Mae cyhoeddi yn ei gwneud y fersiwn nesaf; mae sylwadau'n aros ar y rhannau y'u hysgrifennwyd arnynt.
consult-save = Cadw
consult-publish-hint = Nid yw fersiynau a gyhoeddwyd byth yn newid. Mae pob rhan yn cadw ei sylwadau pan gaiff ei golygu neu ei symud.
consult-publish = Cyhoeddi'r ddogfen fel y fersiwn nesaf
consult-phase-draft = Drafft: dim ond partneriaid a chydlynwyr sy'n gallu ei gweld. { $opens ->
    [none] Dim dyddiad agor eto.
   *[other] Yn agor { $opens }.
}
consult-phase-open = Ar agor i sylwadau tan { $closes }.
consult-phase-closed = Wedi cau i sylwadau ar { $closed }.
consult-error-title = Rhowch deitl
consult-error-too-long = Mae hyn yn rhy hir
consult-error-closes-before = Rhaid i'r amser cau fod ar ôl yr amser agor
consult-error-comment = Rhowch eich sylw
consult-error-not-open = Nid yw'r ymgynghoriad hwn ar agor i sylwadau, felly ni anfonwyd eich sylw
consult-error-no-block = Nid yw'r rhan hon yn y fersiwn gyfredol
consult-error-empty-draft = Ysgrifennwch y ddogfen cyn ei chyhoeddi
consult-flash-created = Mae'r ymgynghoriad wedi dechrau. Ysgrifennwch y ddogfen, yna cyhoeddwch hi.
consult-flash-saved = Wedi'i gadw.
consult-flash-published = Mae'r ddogfen wedi'i chyhoeddi fel fersiwn newydd.
consult-block-removed = Roedd y rhan hon yn fersiwn { $number } ac mae wedi'i thynnu allan ers hynny. Mae ei sylwadau'n aros yma, ar y fersiwn gynharach honno.
consult-version-title = “{ $title }”, fersiwn { $number }
consult-published-on = Cyhoeddwyd { $date }.
consult-versions = Fersiynau
consult-compare-with = cymharu â hon
consult-changes-since = Beth sydd wedi newid ers fersiwn { $number }
consult-no-changes = Dim wedi newid.
consult-version-text = Testun y fersiwn hon
consult-all-versions = Pob fersiwn a beth a newidiodd
consult-in-reply-to = mewn ateb i { $name }
consult-agree-count = { $count ->
    [0] Does neb wedi cytuno eto
    [one] Mae 1 person yn cytuno
   *[other] Mae { $count } o bobl yn cytuno
}
consult-agree = Rwy'n cytuno
consult-reply = Ateb
consult-with-comment-by = â'r sylw gan { $name }
consult-replying-to = Yn ateb { $name }.
consult-reply-cancel = Ysgrifennu sylw newydd yn lle hynny
consult-whole-document = Sylwadau ar y ddogfen gyfan
consult-feed-title = Sylwadau newydd
consult-open-data = Y sylwadau fel data agored
consult-hide-title = Cuddio sylw
consult-hide-intro = Mae hyn yn cuddio'r sylw gan { $name } rhag pawb. Mae ei le'n aros, yn dweud bod cymedrolwr wedi'i guddio, a chaiff ei awdur e-bost gyda'r rheswm.
consult-hide-reason = Pam ei fod wedi'i guddio
consult-hide-reason-hint = Dywedir hyn wrth ei awdur, felly dywedwch ef yn glir ac yn garedig.
consult-hide-button = Cuddio'r sylw
consult-hide-link = Cuddio
consult-error-reason = Dywedwch pam mae'r sylw wedi'i guddio
consult-flash-hidden = Mae'r sylw wedi'i guddio ac mae ei awdur wedi cael gwybod pam.
email-consult-hidden-subject = Cuddiwyd eich sylw ar “{ $title }”
email-consult-hidden-body = Cuddiodd cymedrolwr eich sylw ar “{ $title }”.

    Y rheswm: { $reason }

    Lle'r oedd: { $link }

    Os credwch mai camgymeriad yw hyn, atebwch yr e-bost hwn.
consult-suggestions-count = { $count ->
    [0] Dim newidiadau wedi'u hawgrymu eto
    [one] 1 newid wedi'i awgrymu
   *[other] { $count } newid wedi'u hawgrymu
}
consult-suggestion-by = Awgrymwyd gan { $name }
consult-suggestion-open = yn aros am y golygyddion
consult-suggestion-accepted = wedi'i dderbyn ar gyfer y fersiwn nesaf
consult-suggestion-declined = wedi'i wrthod
consult-decision-reason = Dywedodd y golygyddion: { $reason }
consult-accept = Derbyn i'r fersiwn nesaf
consult-decline-reason = Pam ei fod wedi'i wrthod
consult-decline = Gwrthod
consult-suggest = Awgrymu newid i'r rhan hon
consult-proposed = Eich geiriad ar gyfer y rhan hon
consult-proposed-hint = Newidiwch y testun fel yr hoffech iddo ddarllen. Bydd y golygyddion yn gweld y gwahaniaethau.
consult-send-suggestion = Anfon yr awgrym
consult-error-proposed = Ysgrifennwch y geiriad rydych chi'n ei awgrymu
consult-error-proposed-same = Newidiwch y geiriad cyn ei anfon
consult-error-decline-reason = Dywedwch pam mae'r awgrym wedi'i wrthod
consult-error-draft-changed = Nid oes gan y drafft y rhan hon fel yr oedd mwyach; newidiwch y drafft â llaw
consult-error-decision = Dewiswch dderbyn neu wrthod
consult-flash-suggested = Mae eich awgrym wedi'i anfon at y golygyddion.
consult-flash-accepted = Mae'r awgrym yn y drafft, ar gyfer y fersiwn nesaf, ac mae ei awdur wedi cael gwybod.
consult-flash-declined = Mae'r awgrym wedi'i wrthod ac mae ei awdur wedi cael gwybod pam.
email-consult-accepted-subject = Derbyniwyd eich awgrym ar gyfer “{ $title }”
email-consult-accepted-body = Derbyniodd golygyddion “{ $title }” y newid a awgrymwyd gennych. Bydd yn y fersiwn nesaf.

    { $link }
email-consult-declined-subject = Eich awgrym ar gyfer “{ $title }”
email-consult-declined-body = Ni wnaeth golygyddion “{ $title }” fabwysiadu'r newid a awgrymwyd gennych.

    Eu rheswm: { $reason }

    { $link }
