<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AboutBox</name>
        <message>
            <source>&lt;p&gt;Case register of the Personal Information Inquiry Department (APPI and GDPR requests by post, fax and email).&lt;/p&gt;&lt;p&gt;Fonts: {fonts}.&lt;/p&gt;&lt;p&gt;© ZenGroup. Built with Qt for Python (PySide6, LGPLv3).&lt;/p&gt;</source>
            <translation>&lt;p&gt;個人情報お問い合わせ窓口の案件一覧です（郵送・FAX・メールで受け付けた APPI および GDPR に基づく請求）。&lt;/p&gt;&lt;p&gt;フォント：{fonts}。&lt;/p&gt;&lt;p&gt;© ZenGroup. Qt for Python（PySide6、LGPLv3）で構築されています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} について</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Reasons</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Right to complain</source>
            <translation>苦情を申し立てる権利</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>送信</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>請求ごとの結果</translation>
        </message>
        <message>
            <source>Legal ground</source>
            <translation>法的根拠</translation>
        </message>
        <message>
            <source>Reasons for the refusal</source>
            <translation>不開示の理由</translation>
        </message>
        <message>
            <source>What is requested (form, ID, fee)</source>
            <translation>請求者に求める事項（様式、本人確認書類、手数料）</translation>
        </message>
        <message>
            <source>What is still missing</source>
            <translation>まだ不足している事項</translation>
        </message>
        <message>
            <source>Which letter came back</source>
            <translation>返送されてきた文書</translation>
        </message>
        <message>
            <source>How and when the applicant withdrew</source>
            <translation>請求者が取下げた方法と日時</translation>
        </message>
        <message>
            <source>Why the case is reopened</source>
            <translation>案件を再開する理由</translation>
        </message>
        <message>
            <source>What to change</source>
            <translation>変更する内容</translation>
        </message>
        <message>
            <source>Say what is requested of the applicant.</source>
            <translation>請求者に求める事項を記入してください。</translation>
        </message>
        <message>
            <source>&amp;Submit for approval:</source>
            <translation>承認を申請(&amp;S)：</translation>
        </message>
        <message>
            <source>Choose the legal ground…</source>
            <translation>法的根拠を選択…</translation>
        </message>
        <message>
            <source>Legal &amp;ground *:</source>
            <translation>法的根拠 *(&amp;G)：</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* 必須</translation>
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation>この項目を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>Actor</name>
        <message>
            <source>staff</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>責任者</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>システム管理者</translation>
        </message>
        <message>
            <source>system</source>
            <translation>システム</translation>
        </message>
        <message>
            <source>view register</source>
            <translation>案件一覧の閲覧</translation>
        </message>
        <message>
            <source>view personal</source>
            <translation>個人データの閲覧</translation>
        </message>
        <message>
            <source>create case</source>
            <translation>案件の作成</translation>
        </message>
        <message>
            <source>edit case</source>
            <translation>案件の編集</translation>
        </message>
        <message>
            <source>transition</source>
            <translation>状態の変更</translation>
        </message>
        <message>
            <source>import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>change settings</source>
            <translation>設定の変更</translation>
        </message>
        <message>
            <source>legal hold</source>
            <translation>法的保全</translation>
        </message>
        <message>
            <source>purge</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>purge early</source>
            <translation>期限前の消去</translation>
        </message>
        <message>
            <source>read audit</source>
            <translation>監査ログの閲覧</translation>
        </message>
        <message>
            <source>report</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>ユーザー管理</translation>
        </message>
        <message>
            <source>key admin</source>
            <translation>鍵の管理</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>change receipt date</source>
            <translation>受付日の変更</translation>
        </message>
        <message>
            <source>Your role ({role}) does not allow this: {permission}.</source>
            <translation>現在の役割（{role}）では、この操作は許可されていません：{permission}。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The data folder {folder} cannot be created: {error}.</source>
            <translation>データフォルダー {folder} を作成できません：{error}。</translation>
        </message>
        <message>
            <source>{file} in {folder} is empty (0 bytes), so it is not an Inquiry Desk database. Restore it from a backup, or move it away to start a new installation.</source>
            <translation>{folder} の {file} は空（0 バイト）のため、Inquiry Desk のデータベースではありません。バックアップから復元するか、ファイルを移動してから新しく始めてください。</translation>
        </message>
        <message>
            <source>{file} in {folder} is not a database (it may be damaged). Restore it from a backup, or choose another data folder.</source>
            <translation>{folder} 内の {file} はデータベースではありません（破損している可能性があります）。バックアップから復元するか、別のデータフォルダーを選択してください。</translation>
        </message>
        <message>
            <source>{file} in {folder} belongs to another program (it has none of Inquiry Desk's tables); it was left as it was. Choose another data folder.</source>
            <translation>{folder} の {file} は別のプログラムのデータベースです（Inquiry Desk のテーブルがありません）。ファイルには手を加えていません。別のデータフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>The key in this computer's keyring does not open this database. An administrator can import the right key with `inquiry-desk key import FILE`.</source>
            <translation>このコンピューターのキーリングにある鍵では、このデータベースを開けません。システム管理者が `inquiry-desk key import FILE` で正しい鍵を取り込むことができます。</translation>
        </message>
    </context>
    <context>
        <name>ApprovalTab</name>
        <message>
            <source>&amp;Save approval rules</source>
            <translation>承認ルールを保存(&amp;S)</translation>
        </message>
        <message>
            <source>A response that answers a checked request type waits in “awaiting approval” until a manager approves it. Disclosure-like responses hand personal data out, so they are checked by default.</source>
            <translation>チェックを入れた請求の種類に対する回答は、責任者が承認するまで「承認待ち」になります。開示に類する回答は個人データを外部に渡すため、既定でチェックが入っています。</translation>
        </message>
        <message>
            <source>APPI (Japan)</source>
            <translation>APPI（日本）</translation>
        </message>
        <message>
            <source>GDPR and UK GDPR</source>
            <translation>GDPR および UK GDPR</translation>
        </message>
        <message>
            <source>Refusals need the manager's approval</source>
            <translation>不開示（拒否）には責任者の承認が必要</translation>
        </message>
        <message>
            <source>A refusal withholds what the law grants, so by default a manager confirms the reasons first</source>
            <translation>不開示は法律で認められた権利を制限するため、既定では責任者が先に理由を確認します</translation>
        </message>
        <message>
            <source>Refusals</source>
            <translation>不開示（拒否）</translation>
        </message>
        <message>
            <source>Approval rules saved; they apply to the next response or refusal.</source>
            <translation>承認ルールを保存しました。次の回答または不開示から適用されます。</translation>
        </message>
    </context>
    <context>
        <name>AssignmentBar</name>
        <message>
            <source>Nobody</source>
            <translation>未割り当て</translation>
        </message>
        <message>
            <source>Who works on this case; choosing a name assigns it at once</source>
            <translation>この案件の担当者です。氏名を選ぶとすぐに割り当てられます</translation>
        </message>
        <message>
            <source>Assign this case to {name}</source>
            <translation>この案件を {name} に割り当てる</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>割り当てる</translation>
        </message>
        <message>
            <source>Assign the case to the name chosen</source>
            <translation>選んだ担当者に案件を割り当てます</translation>
        </message>
        <message>
            <source>Assigned to:</source>
            <translation>担当者：</translation>
        </message>
        <message>
            <source>Assign to me</source>
            <translation>自分に割り当てる</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <translation>{name}（無効）</translation>
        </message>
        <message>
            <source>You are not among the staff a case can be assigned to.</source>
            <translation>あなたは案件を割り当て可能な担当者に含まれていません。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>{filename} — Inquiry Desk</source>
            <translation>{filename} — Inquiry Desk</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>ページ </translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>縮小</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>拡大</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>幅に合わせる</translation>
        </message>
        <message>
            <source>{filename} ({content_type}) cannot be shown here.</source>
            <translation>{filename}（{content_type}）はここでは表示できません。</translation>
        </message>
        <message>
            <source>This image is damaged or in a format Qt cannot read.</source>
            <translation>この画像は破損しているか、Qt で読み込めない形式です。</translation>
        </message>
        <message>
            <source>This PDF is damaged or protected and cannot be shown.</source>
            <translation>この PDF は破損しているか保護されているため、表示できません。</translation>
        </message>
        <message>
            <source>This PDF has no pages.</source>
            <translation>この PDF にはページがありません。</translation>
        </message>
        <message>
            <source>of {page_count}</source>
            <translation>/ {page_count}</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log</source>
            <translation>監査ログ</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>action, e.g. case.view or signin</source>
            <translation>操作（例：case.view、signin）</translation>
        </message>
        <message>
            <source>From</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>絞り込み(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>ハッシュチェーンを検証(&amp;V)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>to</source>
            <translation>～</translation>
        </message>
        <message numerus="yes">
            <source>%n entries (newest first; narrow the filter to see older entries)</source>
            <translation>
                <numerusform>%n 件（新しい順。古い記録は絞り込んで表示してください）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Audit log CUT OFF: {problem}.</source>
            <translation>監査ログの末尾が削除されています：{problem}。</translation>
        </message>
        <message numerus="yes">
            <source>Hash chain intact: %n entries verified.</source>
            <translation>
                <numerusform>ハッシュチェーンは正常です：%n 件を検証しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff account {username} was changed outside Inquiry Desk; it cannot sign in. An administrator can check it and set its role and password again.</source>
            <translation>職員アカウント {username} が Inquiry Desk の外で変更されたため、サインインできません。管理者が内容を確認し、役割とパスワードを設定し直してください。</translation>
        </message>
        <message>
            <source>Hash chain BROKEN at entry {first_bad_id}: {problem}.</source>
            <translation>ハッシュチェーンの破損を検出しました（エントリ {first_bad_id}）：{problem}。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>the row before it was changed or removed</source>
            <translation>直前の行が変更または削除されています</translation>
        </message>
        <message>
            <source>its content was changed</source>
            <translation>内容が変更されています</translation>
        </message>
        <message>
            <source>entry {entry} and those after it were deleted (this PC wrote it)</source>
            <translation>記録 {entry} とそれ以降が削除されています（このPCが書いた記録です）</translation>
        </message>
        <message>
            <source>entry {entry} was rewritten (this PC wrote it)</source>
            <translation>記録 {entry} が書き換えられています（このPCが書いた記録です）</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>Batch printing</source>
            <translation>一括印刷</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>文書：</translation>
        </message>
        <message>
            <source>Printer:</source>
            <translation>プリンター：</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>すべて選択</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>すべて解除</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Cannot list the cases</source>
            <translation>案件の一覧を取得できません</translation>
        </message>
        <message>
            <source>received {date}</source>
            <translation>受付日 {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) need this document:</source>
            <translation>
                <numerusform>この文書が必要な案件：%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>No case needs this document now.</source>
            <translation>現在、この文書が必要な案件はありません。</translation>
        </message>
        <message>
            <source>Tick the cases to print.</source>
            <translation>印刷する案件にチェックを入れてください。</translation>
        </message>
        <message>
            <source>No printer is available.</source>
            <translation>使用できるプリンターがありません。</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>印刷中…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Printing {ref}…</source>
            <translation>{ref} を印刷中…</translation>
        </message>
        <message>
            <source>the font cannot print some characters; print it from its preview</source>
            <translation>フォントで印刷できない文字があります。印刷プレビューから印刷してください</translation>
        </message>
        <message>
            <source>printed, but not recorded: {message}</source>
            <translation>印刷しましたが、記録できませんでした：{message}</translation>
        </message>
        <message>
            <source>Printed {len} of {total}.</source>
            <translation>{total} 件中 {len} 件を印刷しました。</translation>
        </message>
        <message>
            <source>Cancelled: {remaining} not printed.</source>
            <translation>キャンセルしました：{remaining} 件は印刷されていません。</translation>
        </message>
        <message>
            <source>Not printed: {ref} — {why}</source>
            <translation>印刷されませんでした：{ref} — {why}</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Not recorded.</source>
            <translation>記録されていません。</translation>
        </message>
        <message>
            <source>&lt;span style='color:#6b7280; font-size:small'&gt;{esc}&lt;/span&gt;&lt;br&gt;</source>
            <translation>&lt;span style='color:#6b7280; font-size:small'&gt;{esc}&lt;/span&gt;&lt;br&gt;</translation>
        </message>
        <message>
            <source>{kana}&lt;span style='font-size:large'&gt;{esc}&lt;/span&gt;</source>
            <translation>{kana}&lt;span style='font-size:large'&gt;{esc}&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>氏名：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>住所：</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>メール：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>電話番号：</translation>
        </message>
        <message>
            <source>Fax:</source>
            <translation>FAX：</translation>
        </message>
        <message>
            <source>Customer no.:</source>
            <translation>顧客番号：</translation>
        </message>
        <message>
            <source>From: {sender}</source>
            <translation>差出人：{sender}</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>件名：{subject}</translation>
        </message>
        <message>
            <source>Date: {fmt_datetime}</source>
            <translation>日付：{fmt_datetime}</translation>
        </message>
    </context>
    <context>
        <name>CaseEdit</name>
        <message>
            <source>The personal data of {ref} has been erased; it cannot be edited.</source>
            <translation>{ref} の個人情報は消去済みのため、編集できません。</translation>
        </message>
        <message>
            <source>Say whether the representative is a legal representative or an agent.</source>
            <translation>代理人が法定代理人か任意代理人かを選択してください。</translation>
        </message>
        <message>
            <source>Say why the receipt date is corrected.</source>
            <translation>受付日を訂正する理由を入力してください。</translation>
        </message>
        <message>
            <source>The receipt date cannot be after the clock's first entry ({day:%Y-%m-%d}).</source>
            <translation>受付日を回答期限の記録の最初の項目（{day:%Y-%m-%d}）より後にすることはできません。</translation>
        </message>
        <message>
            <source>{old:%Y-%m-%d} → {new:%Y-%m-%d}: {reason}</source>
            <translation>{old:%Y-%m-%d} → {new:%Y-%m-%d}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>CaseMerge</name>
        <message>
            <source>A case cannot be merged into itself.</source>
            <translation>案件をその案件自体に統合することはできません。</translation>
        </message>
        <message>
            <source>There is no case {ref}.</source>
            <translation>案件 {ref} は存在しません。</translation>
        </message>
        <message>
            <source>{ref} is under legal hold: it cannot be merged and erased.</source>
            <translation>{ref} は法的保全中のため、統合して消去することはできません。</translation>
        </message>
        <message>
            <source>{ref} is no longer open ({state}): only an open case can be merged into another.</source>
            <translation>{ref} は未完了の案件ではなくなっています（{state}）。ほかの案件に統合できるのは未完了の案件だけです。</translation>
        </message>
        <message>
            <source>{ref} has been purged: only its anonymous register entry remains.</source>
            <translation>{ref} は消去済みです。匿名化された案件一覧の項目だけが残っています。</translation>
        </message>
        <message>
            <source>{ref} is closed: reopen it first to file anything into it.</source>
            <translation>{ref} は完了しています。この案件に統合するには、先に案件を再開してください。</translation>
        </message>
    </context>
    <context>
        <name>CaseService</name>
        <message>
            <source>There is no case {ref}.</source>
            <translation>案件 {ref} は存在しません。</translation>
        </message>
        <message>
            <source>The receipt date cannot be in the future.</source>
            <translation>受付日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>Tick at least one request type for a request.</source>
            <translation>請求の場合は、請求の種類を 1 つ以上選択してください。</translation>
        </message>
        <message>
            <source>{file} is larger than {megabytes} MB.</source>
            <translation>{file} のサイズが {megabytes} MB を超えています。</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>メモが空です。</translation>
        </message>
        <message>
            <source>Scheduled job</source>
            <translation>定期処理</translation>
        </message>
        <message>
            <source>That attachment is not part of this case.</source>
            <translation>その添付ファイルはこの案件のものではありません。</translation>
        </message>
        <message>
            <source>A stored file of {ref} is damaged (it failed its integrity check) and cannot be opened. The rest of the case and the other cases are not affected.</source>
            <translation>{ref} の保存ファイルが破損しているため（整合性検査に不合格）、開けません。案件のほかの部分とほかの案件には影響ありません。</translation>
        </message>
        <message>
            <source>The stored record of {ref} is damaged (it failed its integrity check), so the case cannot be opened. The other cases are not affected.</source>
            <translation>{ref} の保存記録が破損しているため（整合性検査に不合格）、この案件を開けません。ほかの案件には影響ありません。</translation>
        </message>
        <message>
            <source>An administrator can restore it from the database server's backup (pg_dump or the server's backup tool) made before the damage.</source>
            <translation>管理者は、破損より前に取得したデータベースサーバーのバックアップ（pg_dump またはサーバーのバックアップ機能）から復元できます。</translation>
        </message>
        <message>
            <source>An administrator can restore it from a recent backup made before the damage: close the application window, then run `inquiry-desk restore BACKUP-FILE --yes`. A restore replaces the whole database, so changes made to any case since that backup are lost and must be entered again.</source>
            <translation>管理者は、破損より前に取得した最近のバックアップから復元できます。アプリのウィンドウを閉じてから `inquiry-desk restore バックアップファイル --yes` を実行してください。復元はデータベース全体を置き換えるため、そのバックアップ以降に行ったすべての案件の変更は失われ、入力し直す必要があります。</translation>
        </message>
        <message>
            <source>{who} — {what} ({at:%H:%M})</source>
            <translation>{who} — {what}（{at:%H:%M}）</translation>
        </message>
        <message>
            <source>… and {n} earlier changes</source>
            <translation>…ほか、それ以前の変更 {n} 件</translation>
        </message>
        <message>
            <source>{ref} was changed after you opened it (version {seen}, now {now}), so your change was not saved.</source>
            <translation>{ref} は開いた後にほかの場所で変更されたため（開いたときのバージョン {seen}、現在 {now}）、変更は保存されませんでした。</translation>
        </message>
        <message>
            <source>Reload the case to see what changed, then make your change again.</source>
            <translation>案件を再読み込みして変更内容を確認してから、もう一度変更してください。</translation>
        </message>
        <message>
            <source>Changed meanwhile:</source>
            <translation>その間の変更：</translation>
        </message>
        <message>
            <source>The case was changed by someone else at the same moment, so this change was not saved. Reload the case and do it again.</source>
            <translation>この案件が同時に別のユーザーによって変更されたため、この変更は保存されませんでした。案件を再読み込みして、もう一度行ってください。</translation>
        </message>
        <message>
            <source>{ref} was changed by someone else at the same moment, so this change was not saved. Reload the case and do it again.</source>
            <translation>{ref} が同時に別のユーザーによって変更されたため、この変更は保存されませんでした。案件を再読み込みして、もう一度行ってください。</translation>
        </message>
    </context>
    <context>
        <name>CaseTabs</name>
        <message>
            <source>Open case</source>
            <translation>案件を開く</translation>
        </message>
        <message>
            <source>This case was changed elsewhere (now version {version}). What you typed is kept; press F5 (Refresh) to see the change.</source>
            <translation>この案件はほかの場所で変更されました（現在のバージョン {version}）。入力した内容は保持されています。F5（最新の情報に更新）を押すと変更内容を確認できます。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認済みにする</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <source>The address is corrected. If the clock waited for a valid address, record that the applicant answered to resume it.</source>
            <translation>住所を訂正しました。有効な住所が判明するまで期限の停止となっていた場合は、請求者から回答があったことを記録して期限を再開してください。</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>&amp;Edit case…</source>
            <translation>案件を編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Correct the applicant, representative, requests, dates or the answer's medium</source>
            <translation>請求者、代理人、請求内容、日付、回答の方法を訂正します</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>個人データ</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>Correspondence ({len})</source>
            <translation>やり取り（{len}）</translation>
        </message>
        <message>
            <source>Attachments ({len})</source>
            <translation>添付ファイル（{len}）</translation>
        </message>
        <message>
            <source>Notes ({len})</source>
            <translation>メモ（{len}）</translation>
        </message>
        <message>
            <source>Timeline ({len})</source>
            <translation>経過記録（{len}）</translation>
        </message>
        <message>
            <source>  ·  legal hold</source>
            <translation>  ·  法的保全</translation>
        </message>
        <message>
            <source>  (clock paused)</source>
            <translation>（期限の停止中）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>受付方法</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付日</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回答期限</translation>
        </message>
        <message>
            <source>Jurisdiction</source>
            <translation>適用法令</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>請求内容</translation>
        </message>
        <message>
            <source>Merged into {ref}</source>
            <translation>{ref} に統合</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>  (deadline met)</source>
            <translation>（期限内に回答）</translation>
        </message>
        <message>
            <source>  (deadline missed)</source>
            <translation>（期限超過）</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代理人</translation>
        </message>
        <message>
            <source>None — the applicant wrote in person.</source>
            <translation>なし — 請求者本人による請求です。</translation>
        </message>
        <message>
            <source>No correspondence recorded yet.</source>
            <translation>やり取りの記録はまだありません。</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>（件名なし）</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>添付ファイルはありません。</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ページ数</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>追加日</translation>
        </message>
        <message>
            <source>Double-click to view</source>
            <translation>ダブルクリックで表示</translation>
        </message>
        <message>
            <source>Double-click a file to view it.</source>
            <translation>ファイルをダブルクリックすると表示できます。</translation>
        </message>
        <message>
            <source>Write a note for this case…</source>
            <translation>この案件のメモを入力…</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>メモを追加</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Returned form received (filed by its QR code)</source>
            <translation>返送された様式を受領（QRコードにより案件に登録）</translation>
        </message>
        <message>
            <source>an earlier date</source>
            <translation>それ以前の日付</translation>
        </message>
        <message>
            <source>Personal data erased on {when}.

The applicant's details, correspondence, attachments and notes of this case were deleted as the privacy policy promises. The anonymous facts above remain for statistics and to show that the request was handled.</source>
            <translation>個人データは {when} に消去されました。

この案件の請求者の情報、やり取り、添付ファイル、メモは、プライバシーポリシーに定めるとおり削除されました。上記の匿名の情報は、統計のため、また請求に対応したことを示すために残されています。</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Right to complain</source>
            <translation>苦情を申し立てる権利</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}：{value}</translation>
        </message>
        <message>
            <source>Suggested by import — please check. The importer read this from the message or scan ({fields}). Check it against the documents, then confirm it, or correct it with Edit case….</source>
            <translation>取り込み時の推定です。確認してください。取り込み処理がメールまたはスキャン画像から読み取った内容です（{fields}）。書類と照合してから確認済みにするか、「案件を編集…」で訂正してください。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>suggested by import — please check</source>
            <translation>取り込み時の推定 — 要確認</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認済みにする</translation>
        </message>
        <message>
            <source>Confirm: this is right as the import read it</source>
            <translation>確認済みにする：取り込みで読み取ったとおりで正しい</translation>
        </message>
        <message>
            <source>Confirm all</source>
            <translation>すべて確認済みにする</translation>
        </message>
        <message>
            <source>Every suggestion is right as the import read it</source>
            <translation>取り込み時の推定はすべて読み取りどおりで正しい</translation>
        </message>
        <message numerus="yes">
            <source>Needs review: the import guessed %n field(s): {fields}. Check them against the documents, then confirm them or correct them with Edit case….</source>
            <translation>
                <numerusform>要確認：取り込み時に %n 項目を推定しました（{fields}）。書類と照合してから確認済みにするか、「案件を編集…」で訂正してください。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClockLedgerView</name>
        <message>
            <source>&amp;Extend deadline…</source>
            <translation>回答期限を延長(&amp;E)…</translation>
        </message>
        <message>
            <source>Record the notice extending the deadline, with its reasons</source>
            <translation>期限延長の通知を、その理由とともに記録します</translation>
        </message>
        <message>
            <source>{jurisdiction}, received {received}; due {due}</source>
            <translation>{jurisdiction}、受付日 {received}、回答期限 {due}</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>回答期限なし</translation>
        </message>
        <message>
            <source> (clock paused)</source>
            <translation>（期限の停止中）</translation>
        </message>
        <message numerus="yes">
            <source>. Extended by %n month(s)</source>
            <translation>
                <numerusform>。%n か月延長済み</numerusform>
            </translation>
        </message>
        <message>
            <source>, the most the law allows</source>
            <translation>（法律で認められる上限）</translation>
        </message>
        <message>
            <source>. An extension notice can be recorded until {extension_deadline:%Y-%m-%d}.</source>
            <translation>。期限延長の通知は {extension_deadline:%Y-%m-%d} まで記録できます。</translation>
        </message>
        <message>
            <source>Deadline extended: now due {due:%Y-%m-%d}.</source>
            <translation>回答期限を延長しました。新しい回答期限は {due:%Y-%m-%d} です。</translation>
        </message>
    </context>
    <context>
        <name>ClosedCasesModel</name>
        <message>
            <source>on hold</source>
            <translation>保全中</translation>
        </message>
        <message>
            <source>due now</source>
            <translation>消去期限到来</translation>
        </message>
        <message>
            <source>on</source>
            <translation>オン</translation>
        </message>
        <message>
            <source>off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <source>A legal hold stops the purge until a manager lifts it.</source>
            <translation>法的保全を設定すると、責任者が解除するまで消去は行われません。</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>受付番号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完了日</translation>
        </message>
        <message>
            <source>Purge from</source>
            <translation>消去可能日</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>法的保全</translation>
        </message>
        <message>
            <source>By</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件数</translation>
        </message>
        <message>
            <source>Erasure check</source>
            <translation>消去の検証</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Letter names</source>
            <translation>文書に記載する氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>イベント</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Due date after it</source>
            <translation>変更後の回答期限</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Amount (JPY)</source>
            <translation>金額（円）</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>支払方法</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <source>Cashed on</source>
            <translation>換金日</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Posted on</source>
            <translation>発送日</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>書留</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>追跡番号</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>送付内容</translation>
        </message>
        <message>
            <source>Returned on</source>
            <translation>返送日</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>書類</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>名義人</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>発行日</translation>
        </message>
        <message>
            <source>Masked</source>
            <translation>マスキング</translation>
        </message>
        <message>
            <source>Accepted?</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>写し</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回答期限</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>日数</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未完了の案件</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Request type</source>
            <translation>請求の種類</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Warnings / reason</source>
            <translation>警告／理由</translation>
        </message>
        <message>
            <source>Include</source>
            <translation>開示対象</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>This command shows personal data and needs a user: set {user_variable} and {password_variable}, or run it in a terminal to be asked.</source>
            <translation>このコマンドは個人情報を表示するため、ユーザーが必要です。{user_variable} と {password_variable} を設定するか、端末で実行して入力してください。</translation>
        </message>
        <message>
            <source>User name: </source>
            <translation>ユーザー名：</translation>
        </message>
        <message>
            <source>Set {password_variable} or run the command in a terminal to be asked for the password.</source>
            <translation>{password_variable} を設定するか、端末でコマンドを実行してパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>パスワード：</translation>
        </message>
        <message>
            <source>[damaged record]</source>
            <translation>［破損した記録］</translation>
        </message>
        <message>
            <source>[needs review]</source>
            <translation>［要確認］</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>案件 {count} 件</translation>
        </message>
        <message>
            <source>Damaged records (failed their integrity check): {refs}. The other cases are not affected; `inquiry-desk show {ref}` says how an administrator restores it.</source>
            <translation>破損した記録（整合性検査に不合格）：{refs}。ほかの案件には影響ありません。管理者による復元の方法は `inquiry-desk show {ref}` で表示されます。</translation>
        </message>
        <message>
            <source>{ref}  {state}  ({kind}, {channel})</source>
            <translation>{ref}  {state}（{kind}、{channel}）</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>バージョン {version}</translation>
        </message>
        <message>
            <source>Merged into {ref}</source>
            <translation>{ref} に統合</translation>
        </message>
        <message>
            <source>Received {received}   due {due}   {jurisdiction}, {language}</source>
            <translation>受付日 {received}   回答期限 {due}   {jurisdiction}、{language}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Requests: {requests}</source>
            <translation>請求の種類：{requests}</translation>
        </message>
        <message>
            <source>Suggested by import, to check: {fields}</source>
            <translation>取り込み時の推定（要確認）：{fields}</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代理人</translation>
        </message>
        <message>
            <source>{title}: {name}</source>
            <translation>{title}：{name}</translation>
        </message>
        <message>
            <source> ({kana})</source>
            <translation>（{kana}）</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>FAX</translation>
        </message>
        <message>
            <source>Customer no.</source>
            <translation>顧客番号</translation>
        </message>
        <message>
            <source>{label}: </source>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>Personal data erased on {day:%Y-%m-%d}.</source>
            <translation>個人情報は {day:%Y-%m-%d} に消去済みです。</translation>
        </message>
        <message>
            <source>Attachments: {attachments}   Notes: {notes}</source>
            <translation>添付ファイル：{attachments} 件   メモ：{notes} 件</translation>
        </message>
        <message>
            <source>Timeline:</source>
            <translation>経過記録：</translation>
        </message>
        <message>
            <source>Staff account {username} was changed outside Inquiry Desk; it cannot sign in. An administrator can check it and set its role and password again.</source>
            <translation>職員アカウント {username} が Inquiry Desk の外で変更されたため、サインインできません。管理者が内容を確認し、役割とパスワードを設定し直してください。</translation>
        </message>
        <message>
            <source>Audit log CUT OFF: {problem}.</source>
            <translation>監査ログの末尾が削除されています：{problem}。</translation>
        </message>
        <message>
            <source>Audit log intact: {rows} entries, hash chain verified.</source>
            <translation>監査ログは正常です。{rows} 件のハッシュチェーンを検証しました。</translation>
        </message>
        <message>
            <source>Audit log BROKEN at entry {entry}: {problem}.</source>
            <translation>監査ログが記録 {entry} で壊れています：{problem}。</translation>
        </message>
        <message>
            <source>  ({reason})</source>
            <translation>  （{reason}）</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>Watched folder: {folder}</source>
            <translation>監視フォルダー：{folder}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>No watched folder is set: use `inquiry-desk watch-folder --set DIR`.</source>
            <translation>監視フォルダーが設定されていません。`inquiry-desk watch-folder --set DIR` で設定してください。</translation>
        </message>
        <message>
            <source>Set INQUIRY_DESK_IMAP_PASSWORD or run the command in a terminal to be asked for the mailbox password.</source>
            <translation>INQUIRY_DESK_IMAP_PASSWORD を設定するか、端末でコマンドを実行してメールボックスのパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Mailbox password: </source>
            <translation>メールボックスのパスワード：</translation>
        </message>
        <message>
            <source>mailbox configure needs --host and --username.</source>
            <translation>mailbox configure には --host と --username が必要です。</translation>
        </message>
        <message>
            <source>Mailbox {mailbox} configured; the password is in this computer's keyring.</source>
            <translation>メールボックス {mailbox} を設定しました。パスワードはこのコンピューターのキーリングに保存されています。</translation>
        </message>
        <message>
            <source>{count} messages fetched</source>
            <translation>メッセージを {count} 件取得しました</translation>
        </message>
        <message>
            <source>Set {passphrase_variable} or run the command in a terminal to be asked for the key file's passphrase.</source>
            <translation>{passphrase_variable} を設定するか、端末でコマンドを実行して鍵ファイルのパスフレーズを入力してください。</translation>
        </message>
        <message>
            <source>Key file passphrase: </source>
            <translation>鍵ファイルのパスフレーズ：</translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>パスフレーズ（確認）：</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>パスフレーズが一致しません。</translation>
        </message>
        <message>
            <source>Key exported to {path}. Keep the file and its passphrase apart; delete the file once the other PC has imported it.</source>
            <translation>鍵を {path} に書き出しました。ファイルとパスフレーズは別々に保管し、もう一方のPCで取り込んだらファイルを削除してください。</translation>
        </message>
        <message>
            <source>There is no Inquiry Desk database at {path}. Check --data-dir (or INQUIRY_DESK_DATA), or start the app once on the first PC and copy its data folder here.</source>
            <translation>{path} に Inquiry Desk のデータベースがありません。--data-dir（または INQUIRY_DESK_DATA）を確認するか、最初のPCでアプリを一度起動して、そのデータフォルダーをここにコピーしてください。</translation>
        </message>
        <message>
            <source>The key file cannot be read: {error}.</source>
            <translation>鍵ファイルを読み取れません：{error}。</translation>
        </message>
        <message>
            <source>This database is empty: start the app once on the first PC, then enrol this one with its key.</source>
            <translation>このデータベースは空です。最初のPCでアプリを一度起動してから、その鍵でこのPCを登録してください。</translation>
        </message>
        <message>
            <source>This key file belongs to another Inquiry Desk database.</source>
            <translation>この鍵ファイルは別の Inquiry Desk データベースのものです。</translation>
        </message>
        <message>
            <source>Administrator user name: </source>
            <translation>システム管理者のユーザー名：</translation>
        </message>
        <message>
            <source>Key imported into this computer's keyring; Inquiry Desk can now open the database here.</source>
            <translation>鍵をこのコンピューターのキーリングに取り込みました。このPCの Inquiry Desk でデータベースを開けるようになりました。</translation>
        </message>
        <message>
            <source>, {days} days left</source>
            <translation>、残り {days} 日</translation>
        </message>
        <message>
            <source> (clock paused)</source>
            <translation>（期限の停止中）</translation>
        </message>
        <message>
            <source>{ref}  {state}  due {due}{left}{paused}</source>
            <translation>{ref}  {state}  回答期限 {due}{left}{paused}</translation>
        </message>
        <message>
            <source>{text!r} is not TYPE=RESULT[:GROUND]; results: {results}; grounds: {grounds}.</source>
            <translation>{text!r} は TYPE=RESULT[:GROUND] の形式ではありません。結果：{results}。法的根拠：{grounds}。</translation>
        </message>
        <message>
            <source>No outcomes recorded.</source>
            <translation>結果は記録されていません。</translation>
        </message>
        <message>
            <source>  [needs {options}]</source>
            <translation>  [{options} が必要]</translation>
        </message>
        <message>
            <source>Clock ledger of {ref} ({jurisdiction}), received {received}</source>
            <translation>{ref} の回答期限の記録（{jurisdiction}）、受付日 {received}</translation>
        </message>
        <message>
            <source>{event}: {reason}</source>
            <translation>{event}：{reason}</translation>
        </message>
        <message>
            <source>-&gt; due {due}</source>
            <translation>-&gt; 回答期限 {due}</translation>
        </message>
        <message>
            <source>Extended by {months} month(s); {left} more allowed.</source>
            <translation>{months} か月延長済みです。あと {left} か月延長できます。</translation>
        </message>
        <message>
            <source>An extension notice can be recorded until {day}.</source>
            <translation>期限延長の通知は {day} まで記録できます。</translation>
        </message>
        <message>
            <source>{ref} assigned to {user}</source>
            <translation>{ref} の担当者を {user} にしました</translation>
        </message>
        <message>
            <source>{ref} unassigned</source>
            <translation>{ref} の担当者を解除しました</translation>
        </message>
        <message>
            <source>{ref} extended by {months} month(s); now due {due}</source>
            <translation>{ref} の回答期限を {months} か月延長しました。新しい回答期限は {due} です。</translation>
        </message>
        <message>
            <source>Demo database in {folder}: {cases} cases and {purged} purged rows.</source>
            <translation>{folder} にデモ用データベースを作成しました：案件 {cases} 件、消去済みの記録 {purged} 件。</translation>
        </message>
        <message>
            <source>Sign in with one of these demo accounts (password: {password}):</source>
            <translation>次のデモ用アカウントのいずれかでサインインしてください（パスワード：{password}）：</translation>
        </message>
        <message>
            <source>Give a case reference and --document NAME (or --list).</source>
            <translation>受付番号と --document NAME を指定してください（または --list）。</translation>
        </message>
        <message>
            <source>Say where it goes: --pdf OUT or --printer NAME.</source>
            <translation>出力先を --pdf OUT または --printer NAME で指定してください。</translation>
        </message>
        <message>
            <source>There is no document {document}; see `inquiry-desk print --list`.</source>
            <translation>文書 {document} はありません。`inquiry-desk print --list` で確認してください。</translation>
        </message>
        <message>
            <source>The document cannot be made from the templates: {error}</source>
            <translation>テンプレートから文書を作成できません：{error}</translation>
        </message>
        <message>
            <source>The font cannot print these characters:</source>
            <translation>次の文字はフォントで印刷できません：</translation>
        </message>
        <message>
            <source>Correct the text, or run again with --allow-missing-glyphs to print them as 〓.</source>
            <translation>文字を修正するか、--allow-missing-glyphs を付けて再実行し、〓として印刷してください。</translation>
        </message>
        <message>
            <source>{ref}: the response may not go out yet (approval or identity verification is outstanding); it is marked DRAFT and recorded as a draft, not as sent.</source>
            <translation>{ref}：この回答はまだ送付できません（承認または本人確認が完了していません）。「下書き」と表示し、送付済みではなく下書きとして記録しました。</translation>
        </message>
        <message>
            <source>Saved {ref} {document} ({pages}) to {file}</source>
            <translation>{ref} の {document}（{pages}）を {file} に保存しました</translation>
        </message>
        <message>
            <source>, job {job}</source>
            <translation>（ジョブ {job}）</translation>
        </message>
        <message>
            <source>Sent {ref} {document} ({pages}) to {printer}{job}</source>
            <translation>{ref} の {document}（{pages}）を {printer}{job} に送信しました</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n ページ</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents:</source>
            <translation>文書：</translation>
        </message>
        <message>
            <source>  (with QR code)</source>
            <translation>  （QRコード付き）</translation>
        </message>
        <message>
            <source>Printers:</source>
            <translation>プリンター：</translation>
        </message>
        <message>
            <source>(the printers cannot be listed: {error})</source>
            <translation>（プリンターの一覧を取得できません：{error}）</translation>
        </message>
        <message>
            <source>  (default)</source>
            <translation>  （既定）</translation>
        </message>
        <message>
            <source>(no text drafted)</source>
            <translation>（回答文は作成されていません）</translation>
        </message>
        <message>
            <source>Cannot read {file}: {error}</source>
            <translation>{file} を読み取れません：{error}</translation>
        </message>
        <message>
            <source> It prints as a DRAFT until it may go out.</source>
            <translation>送付できるようになるまでは「下書き」として印刷されます。</translation>
        </message>
        <message>
            <source>Response text of {ref} saved.{state}</source>
            <translation>{ref} の回答文を保存しました。{state}</translation>
        </message>
        <message>
            <source>{count} case(s) due for purging:</source>
            <translation>消去の対象となる案件が {count} 件あります：</translation>
        </message>
        <message>
            <source>{count} case(s) due for purging.</source>
            <translation>消去の対象となる案件は {count} 件です。</translation>
        </message>
        <message>
            <source>{count} past their grace period but under legal hold.</source>
            <translation>{count} 件は猶予期間を過ぎていますが、法的保全中です。</translation>
        </message>
        <message>
            <source>Purged {count} case(s): {refs}</source>
            <translation>案件 {count} 件を消去しました：{refs}</translation>
        </message>
        <message>
            <source>Purged {count} case(s).</source>
            <translation>案件 {count} 件を消去しました。</translation>
        </message>
        <message>
            <source>Kept under legal hold: {refs}</source>
            <translation>法的保全のため消去しなかった案件：{refs}</translation>
        </message>
        <message>
            <source>Could not purge: {refs}</source>
            <translation>消去できなかった案件：{refs}</translation>
        </message>
        <message>
            <source>FAILED ({error})</source>
            <translation>失敗（{error}）</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>FAILED ({hits} value(s) found in {files})</source>
            <translation>失敗（{files} で {hits} 件の値を検出）</translation>
        </message>
        <message>
            <source>FAILED outside the data folder (see below)</source>
            <translation>データフォルダーの外で不合格（下記参照）</translation>
        </message>
        <message>
            <source>Erasure check {verdict}: {patterns} patterns, {files} files, {bytes:,} bytes scanned.</source>
            <translation>消去の検証：{verdict}（パターン {patterns} 件、ファイル {files} 件、{bytes:,} バイトを検査）。</translation>
        </message>
        <message>
            <source>Erasure check {verdict}: no case purged in this run.</source>
            <translation>消去確認 {verdict}：今回の実行で消去された案件はありません。</translation>
        </message>
        <message>
            <source>{ref}: legal hold placed.</source>
            <translation>{ref}：法的保全を設定しました。</translation>
        </message>
        <message>
            <source>{ref}: legal hold lifted.</source>
            <translation>{ref}：法的保全を解除しました。</translation>
        </message>
        <message>
            <source>Backup written to {path} ({size:,} bytes; personal data stays encrypted). Keep the master key export apart from it.</source>
            <translation>バックアップを {path} に書き出しました（{size:,} バイト。個人情報は暗号化されたままです）。書き出したマスターキーとは別の場所に保管してください。</translation>
        </message>
        <message>
            <source>--key-file restores into a data folder, not a database server.</source>
            <translation>--key-file はデータフォルダーへの復元用です。データベースサーバーには使えません。</translation>
        </message>
        <message>
            <source>Restoring replaces the current database (cases and audit entries written since the backup are lost). Run again with --yes to confirm.</source>
            <translation>復元すると現在のデータベースが置き換えられます（バックアップ以降に記録された案件と監査ログは失われます）。よろしければ --yes を付けて再実行してください。</translation>
        </message>
        <message>
            <source>Database restored from {file}.</source>
            <translation>{file} からデータベースを復元しました。</translation>
        </message>
        <message>
            <source>Purge ledger re-applied: {count} case(s) purged again ({ledger} in the ledger).</source>
            <translation>消去の記録を再適用しました：案件 {count} 件を再度消去しました（記録上は {ledger} 件）。</translation>
        </message>
        <message>
            <source>{count} audit entries written after the backup are not in the restored log.</source>
            <translation>バックアップ後に記録された監査ログ {count} 件は、復元したログに含まれていません。</translation>
        </message>
        <message>
            <source>Erasure check passed.</source>
            <translation>消去の検証に合格しました。</translation>
        </message>
        <message>
            <source>Erasure check FAILED.</source>
            <translation>消去の検証に失敗しました。</translation>
        </message>
        <message>
            <source>Monthly report {month} written to {file}: {received} received, {answered} answered ({on_time} on time, {late} late), {purged} purged.</source>
            <translation>{month} の月次報告を {file} に書き出しました：受付 {received} 件、回答 {answered} 件（期限内 {on_time} 件、期限超過 {late} 件）、消去 {purged} 件。</translation>
        </message>
        <message>
            <source>Register exported without personal data to {file}: {count} cases.</source>
            <translation>個人情報を除いた案件一覧を {file} に書き出しました：案件 {count} 件。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>{jurisdiction}: {period}</source>
            <translation>{jurisdiction}：{period}</translation>
        </message>
        <message numerus="yes">
            <source>, extendable by up to %n month(s)</source>
            <translation>
                <numerusform>、最大 %n か月まで延長可能</numerusform>
            </translation>
        </message>
        <message>
            <source>, moved to the next business day</source>
            <translation>、休業日に当たる場合は翌営業日に繰り下げ</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start}～{end}</translation>
        </message>
        <message>
            <source>year-end closure: {closure}</source>
            <translation>年末年始休業：{closure}</translation>
        </message>
        <message>
            <source>extra closed days: {days}</source>
            <translation>その他の休業日：{days}</translation>
        </message>
        <message>
            <source>due soon from {days} days before the due date</source>
            <translation>回答期限の {days} 日前から期限間近</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>responses to: {types}</source>
            <translation>次の請求への回答：{types}</translation>
        </message>
        <message>
            <source>refusals: {refusals}</source>
            <translation>不開示（拒否）：{refusals}</translation>
        </message>
        <message>
            <source>APPI fee: {amount:,} JPY</source>
            <translation>個人情報保護法の手数料：{amount:,}円</translation>
        </message>
        <message>
            <source>GDPR fee for excessive requests: {amount:,} JPY</source>
            <translation>GDPRの過剰な請求に対する手数料：{amount:,}円</translation>
        </message>
        <message>
            <source>other jurisdictions: {amount:,} JPY</source>
            <translation>その他の適用法令の手数料：{amount:,}円</translation>
        </message>
        <message>
            <source>postal money order valid for {months} months</source>
            <translation>定額小為替の有効期間：{months} か月</translation>
        </message>
        <message numerus="yes">
            <source>Deadline settings saved from {file}; due dates changed for %n open case(s).</source>
            <translation>
                <numerusform>{file} から回答期限の設定を保存しました。未完了の案件 %n 件の回答期限が変わりました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Approval settings saved from {file}.</source>
            <translation>{file} から承認の設定を保存しました。</translation>
        </message>
        <message>
            <source>Fee settings saved from {file}.</source>
            <translation>{file} から手数料の設定を保存しました。</translation>
        </message>
        <message>
            <source>Register of processing saved from {file}: {purposes} purposes, {recipients} recipients.</source>
            <translation>{file} から個人データの取扱台帳を保存しました：利用目的 {purposes} 件、委託先・提供先 {recipients} 件。</translation>
        </message>
        <message>
            <source>Deadline settings written to {file}.</source>
            <translation>回答期限の設定を {file} に書き出しました。</translation>
        </message>
        <message>
            <source>deadlines:</source>
            <translation>回答期限：</translation>
        </message>
        <message>
            <source>manager approval needed for:</source>
            <translation>責任者の承認が必要なもの：</translation>
        </message>
        <message>
            <source>fees:</source>
            <translation>手数料：</translation>
        </message>
        <message>
            <source>idle lock after: {minutes} minutes</source>
            <translation>自動ロックまでの時間：{minutes} 分</translation>
        </message>
        <message>
            <source>register of processing: {file}</source>
            <translation>個人データの取扱台帳：{file}</translation>
        </message>
        <message>
            <source>Set {variable} or run the command in a terminal to be asked for the new password.</source>
            <translation>{variable} を設定するか、端末でコマンドを実行して新しいパスワードを入力してください。</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>新しいパスワード：</translation>
        </message>
        <message>
            <source>Repeat it: </source>
            <translation>もう一度入力：</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>2つのパスワードが一致しません。何も変更していません。</translation>
        </message>
        <message>
            <source>Created {username}, the first administrator.</source>
            <translation>最初のシステム管理者 {username} を作成しました。</translation>
        </message>
        <message>
            <source>Created {username} ({role}).</source>
            <translation>{username}（{role}）を作成しました。</translation>
        </message>
        <message>
            <source>Enabled {username}.</source>
            <translation>{username} を有効にしました。</translation>
        </message>
        <message>
            <source>Disabled {username}.</source>
            <translation>{username} を無効にしました。</translation>
        </message>
        <message>
            <source>Password of {username} reset.</source>
            <translation>{username} のパスワードをリセットしました。</translation>
        </message>
        <message>
            <source>Letter names of {username} saved.</source>
            <translation>{username} の文書に記載する氏名を保存しました。</translation>
        </message>
        <message>
            <source>{username} is now {role}.</source>
            <translation>{username} の役割を{role}に変更しました。</translation>
        </message>
        <message>
            <source> (disabled)</source>
            <translation>（無効）</translation>
        </message>
        <message>
            <source>{text} is not a date (expected YYYY-MM-DD)</source>
            <translation>{text} は日付ではありません（YYYY-MM-DD の形式で指定してください）</translation>
        </message>
        <message>
            <source>Nothing to change: give at least one option (see edit --help).</source>
            <translation>変更する内容がありません。オプションを 1 つ以上指定してください（edit --help を参照）。</translation>
        </message>
        <message>
            <source>{ref}: nothing changed (version {version}).</source>
            <translation>{ref}：変更はありません（バージョン {version}）。</translation>
        </message>
        <message>
            <source>{ref} changed: {fields} (now version {version}, due {due}).</source>
            <translation>{ref} を変更しました：{fields}（現在のバージョン {version}、回答期限 {due}）。</translation>
        </message>
        <message>
            <source>{row} is not a row: write SOURCE.ROW, e.g. 1.3, or a range 1.3-1.7.</source>
            <translation>{row} は行の指定ではありません。SOURCE.ROW（例：1.3）または範囲（例：1.3-1.7）で指定してください。</translation>
        </message>
        <message>
            <source>A range stays within one source: {row}.</source>
            <translation>範囲は 1 つのソース内で指定してください：{row}。</translation>
        </message>
        <message>
            <source>The range {row} runs backwards.</source>
            <translation>範囲 {row} の始まりと終わりが逆になっています。</translation>
        </message>
        <message>
            <source>Added source {number} {name} ({format}{encoding}): {rows} rows, {columns} columns</source>
            <translation>ソース {number} {name}（{format}{encoding}）を追加しました：{rows} 行、{columns} 列</translation>
        </message>
        <message>
            <source>{count} row(s) included.</source>
            <translation>{count} 行を開示対象に含めました。</translation>
        </message>
        <message>
            <source>{count} row(s) excluded.</source>
            <translation>{count} 行を開示対象から除外しました。</translation>
        </message>
        <message>
            <source>Redact one value at a time: name one row.</source>
            <translation>マスキングは 1 つの値ごとに行います。行を 1 つだけ指定してください。</translation>
        </message>
        <message>
            <source>Redacted row {row}, column {column}.</source>
            <translation>行 {row}、列 {column} をマスキングしました。</translation>
        </message>
        <message>
            <source>Redaction lifted: row {row}, column {column}.</source>
            <translation>マスキングを解除しました：行 {row}、列 {column}。</translation>
        </message>
        <message>
            <source>Removed source {source} ({rows} rows).</source>
            <translation>ソース {source}（{rows} 行）を削除しました。</translation>
        </message>
        <message>
            <source>No data held has been added to this case.</source>
            <translation>この案件には保有個人データがまだ追加されていません。</translation>
        </message>
        <message>
            <source>{number}  {name}  ({format}{encoding})  {included} of {rows} rows included, {redacted} value(s) redacted</source>
            <translation>{number}  {name}（{format}{encoding}）  {rows} 行中 {included} 行を開示対象、{redacted} 件の値をマスキング</translation>
        </message>
        <message>
            <source>redacted</source>
            <translation>マスキング済み</translation>
        </message>
        <message>
            <source>Wrote {file}: {sources} source(s), {rows} row(s){encrypted}.</source>
            <translation>{file} を書き出しました：ソース {sources} 件、{rows} 行{encrypted}。</translation>
        </message>
        <message>
            <source>, AES-encrypted</source>
            <translation>、AES で暗号化</translation>
        </message>
        <message>
            <source>The password is on {file}; send it separately from the ZIP.</source>
            <translation>パスワードは {file} に記載しています。ZIP とは別に送付してください。</translation>
        </message>
        <message>
            <source>{source} merged into {target}: {messages} message(s), {attachments} attachment(s), {notes} note(s) moved (now version {version}).</source>
            <translation>{source} を {target} に統合しました：メッセージ {messages} 件、添付ファイル {attachments} 件、メモ {notes} 件を移動しました（現在のバージョン {version}）。</translation>
        </message>
        <message>
            <source>The personal data left in {ref} was erased.</source>
            <translation>{ref} に残っていた個人情報を消去しました。</translation>
        </message>
        <message>
            <source>The erasure check of {ref} did not pass: see the last purge receipt.</source>
            <translation>{ref} の消去の検証に合格しませんでした。最新の消去の証跡を確認してください。</translation>
        </message>
        <message>
            <source>Set INQUIRY_DESK_SMTP_PASSWORD or run the command in a terminal to be asked for the mail server's password.</source>
            <translation>INQUIRY_DESK_SMTP_PASSWORD を設定するか、端末でコマンドを実行して送信サーバーのパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Mail server password: </source>
            <translation>送信サーバーのパスワード：</translation>
        </message>
        <message>
            <source>mail-out configure needs --host and --from.</source>
            <translation>mail-out configure には --host と --from が必要です。</translation>
        </message>
        <message>
            <source>No outgoing mail server is set up.</source>
            <translation>送信サーバーが設定されていません。</translation>
        </message>
        <message>
            <source>(no sign-in)</source>
            <translation>（認証なし）</translation>
        </message>
        <message>
            <source>Outgoing mail: {server} ({security}), user {user}, from {sender}</source>
            <translation>送信サーバー：{server}（{security}）、ユーザー {user}、差出人 {sender}</translation>
        </message>
        <message>
            <source>Certificates checked against {file}</source>
            <translation>証明書の検証に使う CA ファイル：{file}</translation>
        </message>
        <message>
            <source>{ref}: posting {id} of {on} recorded.</source>
            <translation>{ref}：{on} の発送 {id} を記録しました。</translation>
        </message>
        <message>
            <source>No postings recorded.</source>
            <translation>発送の記録はありません。</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>書留</translation>
        </message>
        <message>
            <source>ordinary</source>
            <translation>普通郵便</translation>
        </message>
        <message>
            <source>  returned {day}</source>
            <translation>  {day} 返送</translation>
        </message>
        <message>
            <source>{ref}: mail returned on {on} recorded; the clock is paused.</source>
            <translation>{ref}：{on} の郵便の返送を記録しました。期限の進行を停止しています。</translation>
        </message>
        <message>
            <source>{ref}: nothing to confirm (version {version}).</source>
            <translation>{ref}：確認する項目はありません（バージョン {version}）。</translation>
        </message>
        <message>
            <source>{ref} confirmed: {fields} (now version {version}).</source>
            <translation>{ref} を確認済みにしました：{fields}（現在のバージョン {version}）。</translation>
        </message>
        <message>
            <source>Still suggested: {fields}</source>
            <translation>未確認の推定：{fields}</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPurgeDialog</name>
        <message>
            <source>Purge {ref} now</source>
            <translation>{ref} を今すぐ消去</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>All personal data of {ref} will be erased for good; only its anonymous register row stays.
Type the reference to confirm:</source>
            <translation>{ref} の個人情報はすべて完全に消去されます。案件一覧には匿名の行だけが残ります。
確認のため、受付番号を入力してください：</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Saved {path}</source>
            <translation>{path} を保存しました</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>月次報告書…</translation>
        </message>
        <message>
            <source>Export register (CSV)…</source>
            <translation>案件一覧のエクスポート（CSV）…</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未完了の案件</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Running clocks past their due date (paused cases excluded).</source>
            <translation>回答期限を過ぎた案件です（期限の停止中の案件は除きます）。</translation>
        </message>
        <message>
            <source>Due within 3 days</source>
            <translation>回答期限まで3日以内</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>Responses and refusals waiting for the manager.</source>
            <translation>責任者の承認を待っている回答と不開示の決定です。</translation>
        </message>
        <message>
            <source>Deadline met (12 months)</source>
            <translation>期限内の回答（過去12か月）</translation>
        </message>
        <message>
            <source>Cases answered in the last 12 months, purged ones included.</source>
            <translation>過去12か月に回答した案件です（消去済みの案件を含みます）。</translation>
        </message>
        <message>
            <source>Median days to respond</source>
            <translation>回答までの日数（中央値）</translation>
        </message>
        <message>
            <source>Extensions (12 months)</source>
            <translation>期限延長（過去12か月）</translation>
        </message>
        <message>
            <source>Refusals (12 months)</source>
            <translation>不開示（過去12か月）</translation>
        </message>
        <message>
            <source>Open cases by state</source>
            <translation>状態別の未完了の案件</translation>
        </message>
        <message>
            <source>Cases received per month, by channel</source>
            <translation>月別の受付件数（受付方法別）</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>過去12か月</translation>
        </message>
        <message>
            <source>Request types</source>
            <translation>請求の種類</translation>
        </message>
        <message>
            <source>Refusals by ground</source>
            <translation>理由別の不開示</translation>
        </message>
        <message>
            <source>Deadlines — click a case to open it</source>
            <translation>回答期限 — 案件をクリックすると開きます</translation>
        </message>
        <message>
            <source>Workload: open cases per staff member</source>
            <translation>業務量：担当者別の未完了の案件</translation>
        </message>
        <message>
            <source>Dashboard — {today:%Y-%m-%d}</source>
            <translation>ダッシュボード — {today:%Y-%m-%d}</translation>
        </message>
        <message>
            <source>{deadline_met} on time, {deadline_missed} late, of {answered} answered in the last 12 months (purged cases included).</source>
            <translation>過去12か月に回答した {answered} 件のうち、期限内 {deadline_met} 件、期限超過 {deadline_missed} 件です（消去済みの案件を含みます）。</translation>
        </message>
        <message>
            <source>{days:g} d</source>
            <translation>{days:g} 日</translation>
        </message>
        <message>
            <source>No refusals in the last 12 months.</source>
            <translation>過去12か月に不開示はありません。</translation>
        </message>
        <message>
            <source>Refusals by ground ({refusals})</source>
            <translation>理由別の不開示（{refusals} 件）</translation>
        </message>
        <message>
            <source>Last 12 months ({period_start:%Y-%m} to {today:%Y-%m}): {received} received, {answered} answered, {deadline_met} on time and {deadline_missed} late. The register holds {register_total} cases, {purged_total} of them purged (anonymous rows, still counted).</source>
            <translation>過去12か月（{period_start:%Y-%m}～{today:%Y-%m}）：受付 {received} 件、回答 {answered} 件（期限内 {deadline_met} 件、期限超過 {deadline_missed} 件）。案件一覧には {register_total} 件の案件があり、そのうち {purged_total} 件は消去済みです（匿名の行として引き続き集計されます）。</translation>
        </message>
        <message>
            <source>Cases received per month, by channel ({value} to {value2})</source>
            <translation>月別の受付件数（受付方法別、{value}～{value2}）</translation>
        </message>
        <message>
            <source>{path} could not be written: {exc}</source>
            <translation>{path} に書き込めませんでした：{exc}</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月次報告書</translation>
        </message>
        <message>
            <source>The report for {label} was saved to {path}.</source>
            <translation>{label} の報告書を {path} に保存しました。</translation>
        </message>
        <message>
            <source>Export register</source>
            <translation>案件一覧のエクスポート</translation>
        </message>
        <message>
            <source>{count} cases exported without personal data to {path}.</source>
            <translation>{count} 件の案件を、個人情報を除いて {path} にエクスポートしました。</translation>
        </message>
        <message>
            <source>Save the monthly report</source>
            <translation>月次報告書の保存</translation>
        </message>
        <message>
            <source>Export the register (no personal data)</source>
            <translation>案件一覧のエクスポート（個人情報なし）</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database does not let this PC make that change: its database role is for casework. Do it on an administrator's PC.</source>
            <translation>このPCのデータベースロールは案件処理用のため、この変更はデータベースに拒否されました。管理者のPCで行ってください。</translation>
        </message>
        <message>
            <source>The database file is damaged or is not an Inquiry Desk database. Restore it from a backup, or choose another data folder.</source>
            <translation>データベースファイルが破損しているか、Inquiry Desk のデータベースではありません。バックアップから復元するか、別のデータフォルダーを選択してください。</translation>
        </message>
        <message>
            <source>The disk holding the data folder is full, so the change was not saved. Free some space (empty the recycle bin, move old files away) and try again; nothing was lost.</source>
            <translation>データフォルダーのあるディスクがいっぱいのため、変更を保存できませんでした。空き容量を作って（ごみ箱を空にする、古いファイルを移動するなど）もう一度お試しください。これまでのデータは失われていません。</translation>
        </message>
        <message>
            <source>The database is busy: another Inquiry Desk is writing to it. Try again in a moment.</source>
            <translation>データベースは使用中です（別の Inquiry Desk が書き込んでいます）。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The database cannot be written: check that the data folder exists and that you may write to it.</source>
            <translation>データベースに書き込めません。データフォルダーが存在し、書き込み権限があることを確認してください。</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check the network and the server address.</source>
            <translation>データベースサーバーに接続できません。ネットワークとサーバーのアドレスを確認してください。</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>不明なエラー</translation>
        </message>
        <message>
            <source>The database reported a problem: {detail}</source>
            <translation>データベースで問題が発生しました：{detail}</translation>
        </message>
        <message>
            <source>This database belongs to another program (it has tables but none of Inquiry Desk's). Choose an empty folder or another database.</source>
            <translation>このデータベースは別のプログラムのものです（テーブルはありますが、Inquiry Desk のテーブルがありません）。空のフォルダーか別のデータベースを選択してください。</translation>
        </message>
        <message>
            <source>This database was created by a newer version of Inquiry Desk (schema {rev}). Install the newer version to open it; nothing was changed.</source>
            <translation>このデータベースは新しいバージョンの Inquiry Desk で作成されています（スキーマ {rev}）。開くには新しいバージョンをインストールしてください。データは変更していません。</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Deadline settings: no business day found within ten years</source>
            <translation>回答期限の設定：10年以内に営業日が見つかりません</translation>
        </message>
        <message>
            <source>the clock was already paused</source>
            <translation>期限はすでに停止している</translation>
        </message>
        <message>
            <source>the clock was not paused</source>
            <translation>期限は停止していない</translation>
        </message>
        <message>
            <source>no extension is possible under {jurisdiction}</source>
            <translation>{jurisdiction}では期限延長ができない</translation>
        </message>
        <message>
            <source>an extension needs its reasons</source>
            <translation>期限延長の理由が記載されていない</translation>
        </message>
        <message>
            <source>an extension must be of at least one month</source>
            <translation>延長期間が1か月未満である</translation>
        </message>
        <message>
            <source>at most {most} further months are allowed in total ({granted} already granted)</source>
            <translation>延長済みの {granted} か月と合わせると、認められる合計 {most} か月を超える</translation>
        </message>
        <message>
            <source>the extension notice was recorded after the first period ended on {end:%Y-%m-%d}</source>
            <translation>期限延長の通知が、最初の期間が終了した {end:%Y-%m-%d} より後に記録された</translation>
        </message>
        <message>
            <source>The date {day:%Y-%m-%d} is before the request was received ({received:%Y-%m-%d}).</source>
            <translation>{day:%Y-%m-%d} は請求の受付日（{received:%Y-%m-%d}）より前です。</translation>
        </message>
        <message>
            <source>Say why the clock is paused (e.g. identity documents requested).</source>
            <translation>期限を停止する理由を入力してください（例：本人確認書類を依頼中）。</translation>
        </message>
        <message>
            <source>{entry}: not possible because {reason}.</source>
            <translation>{entry}：{reason}ため、記録できません。</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>本日期限</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>%n 日以内に期限</numerusform>
            </translation>
        </message>
        <message>
            <source> (clock paused)</source>
            <translation>（期限の停止中）</translation>
        </message>
        <message>
            <source>Request received ({jurisdiction}: {period})</source>
            <translation>請求の受付（{jurisdiction}：{period}）</translation>
        </message>
        <message numerus="yes">
            <source>Deadline extended by %n month(s)</source>
            <translation>
                <numerusform>回答期限の延長（%n か月）</numerusform>
            </translation>
        </message>
        <message>
            <source>{event} — no effect: {reason}</source>
            <translation>{event} — 影響なし：{reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n か月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business day(s)</source>
            <translation>
                <numerusform>%n 営業日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n calendar day(s)</source>
            <translation>
                <numerusform>%n 日（暦日）</numerusform>
            </translation>
        </message>
        <message>
            <source>length must be from 1 to {limit} {unit}, not {length}</source>
            <translation>length には 1～{limit}（{unit}）を指定してください（{length} は指定できません）</translation>
        </message>
        <message>
            <source>max_extension_months must be from 0 to 12</source>
            <translation>max_extension_months には 0～12 を指定してください</translation>
        </message>
        <message>
            <source>extensions are counted in months, so they need unit "months"</source>
            <translation>期限延長は月単位で数えるため、unit に "months" を指定する必要があります</translation>
        </message>
        <message>
            <source>jurisdictions.{key}: GDPR Art. 12(3) allows at most two further months</source>
            <translation>jurisdictions.{key}：GDPR第12条第3項で認められる延長は最大2か月です</translation>
        </message>
        <message>
            <source>due_soon_days must be 0 or more</source>
            <translation>due_soon_days には 0 以上を指定してください</translation>
        </message>
        <message>
            <source>Deadline settings are not valid JSON: {error}</source>
            <translation>回答期限の設定が有効な JSON ではありません：{error}</translation>
        </message>
        <message>
            <source>Deadline settings: {problem}</source>
            <translation>回答期限の設定：{problem}</translation>
        </message>
        <message>
            <source>settings must be an object ({...})</source>
            <translation>設定全体はオブジェクト（{...}）で指定してください</translation>
        </message>
        <message>
            <source>{where} must be an object ({{...}})</source>
            <translation>{where} はオブジェクト（{{...}}）で指定してください</translation>
        </message>
        <message>
            <source>unknown setting "{path}"; known: {known}</source>
            <translation>不明な設定 "{path}" です。使用できる設定：{known}</translation>
        </message>
        <message>
            <source>{where} must be a whole number, not {value}</source>
            <translation>{where} には整数を指定してください（{value} は指定できません）</translation>
        </message>
        <message>
            <source>{where} must be a month-day like "12-29", not {value}</source>
            <translation>{where} には "12-29" のような月日を指定してください（{value} は指定できません）</translation>
        </message>
        <message>
            <source>{where}.unit must be one of {units}, not {value}</source>
            <translation>{where}.unit には {units} のいずれかを指定してください（{value} は指定できません）</translation>
        </message>
        <message>
            <source>{where}.roll_forward must be true or false</source>
            <translation>{where}.roll_forward には true または false を指定してください</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}：{problem}</translation>
        </message>
        <message>
            <source>year_end_closure needs both "from" and "to"</source>
            <translation>year_end_closure には "from" と "to" の両方が必要です</translation>
        </message>
        <message>
            <source>extra_closed_days must be a list of dates like "2026-08-14"</source>
            <translation>extra_closed_days には "2026-08-14" のような日付のリストを指定してください</translation>
        </message>
        <message>
            <source>extra_closed_days: {value} is not a date like "2026-08-14"</source>
            <translation>extra_closed_days：{value} は "2026-08-14" のような日付ではありません</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesTab</name>
        <message>
            <source>Months</source>
            <translation>月単位</translation>
        </message>
        <message>
            <source>Calendar days</source>
            <translation>暦日</translation>
        </message>
        <message>
            <source>Business days</source>
            <translation>営業日</translation>
        </message>
        <message>
            <source>Deadline settings (*.json)</source>
            <translation>回答期限の設定 (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source> month</source>
            <translation> か月</translation>
        </message>
        <message>
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <source> day</source>
            <translation> 日</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source> business day</source>
            <translation> 営業日</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> 営業日</translation>
        </message>
        <message>
            <source>&amp;Save deadlines</source>
            <translation>回答期限を保存(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;xport JSON…</source>
            <translation>JSON のエクスポート(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the settings shown here to a file (to keep or to use on another installation)</source>
            <translation>ここに表示されている設定をファイルに保存します（保管用、または別の環境で使用するため）</translation>
        </message>
        <message>
            <source>I&amp;mport JSON…</source>
            <translation>JSON の取り込み(&amp;M)…</translation>
        </message>
        <message>
            <source>Fill the form from a settings file; nothing is saved until you press Save</source>
            <translation>設定ファイルの内容をフォームに読み込みます。「保存」を押すまでは保存されません</translation>
        </message>
        <message>
            <source>Response deadline per jurisdiction</source>
            <translation>適用法令ごとの回答期限</translation>
        </message>
        <message>
            <source>Counted in</source>
            <translation>単位</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>Extension up to</source>
            <translation>延長の上限</translation>
        </message>
        <message>
            <source>Due on a closed day</source>
            <translation>回答期限が休業日の場合</translation>
        </message>
        <message>
            <source>Periods start the day after receipt. GDPR lets you extend by up to two months with a notice and reasons sent within the first month; APPI asks for a response without delay (14 days: the applicant may sue after two weeks).</source>
            <translation>期間は受付日の翌日から起算します。GDPR では、最初の1か月以内に理由を添えて通知すれば、最大2か月まで延長できます。APPI では遅滞なく回答することが求められます（14日：請求者は2週間を経過すると訴えを提起できます）。</translation>
        </message>
        <message>
            <source>{label}: length</source>
            <translation>{label}：期間</translation>
        </message>
        <message>
            <source>{label}: extension up to</source>
            <translation>{label}：延長の上限</translation>
        </message>
        <message>
            <source>Next business day</source>
            <translation>翌営業日</translation>
        </message>
        <message>
            <source>When the due date falls on a weekend, holiday or closure day, move it to the next business day (off: keep the earlier, safer date)</source>
            <translation>回答期限が週末・祝日・休業日にあたる場合は、翌営業日に繰り下げます（オフの場合は、より安全な前の日付のままにします）</translation>
        </message>
        <message>
            <source>Company calendar (business days)</source>
            <translation>会社カレンダー（営業日）</translation>
        </message>
        <message>
            <source>Year-end closure</source>
            <translation>年末年始休業</translation>
        </message>
        <message>
            <source>Year-end closure: first day</source>
            <translation>年末年始休業：初日</translation>
        </message>
        <message>
            <source>Year-end closure: last day</source>
            <translation>年末年始休業：最終日</translation>
        </message>
        <message>
            <source>from</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>to</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>(month-day)</source>
            <translation>（月-日）</translation>
        </message>
        <message>
            <source>Extra closed days (summer closure, office moves…)</source>
            <translation>臨時休業日（夏季休業、事務所移転など）</translation>
        </message>
        <message>
            <source>Extra closed days</source>
            <translation>臨時休業日</translation>
        </message>
        <message>
            <source>New closed day</source>
            <translation>新しい休業日</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>削除(&amp;V)</translation>
        </message>
        <message>
            <source>Weekends and Japanese public holidays are always closed.</source>
            <translation>週末と日本の祝日は常に休業日として扱います。</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>リマインダー</translation>
        </message>
        <message>
            <source>Due soon from</source>
            <translation>期限間近の表示開始</translation>
        </message>
        <message>
            <source>before the due date</source>
            <translation>（回答期限の前）</translation>
        </message>
        <message>
            <source>From this many days before its due date a case is tinted amber in the register and listed under “due soon” in the filter, the View menu and the dashboard.</source>
            <translation>回答期限のこの日数前から、案件は案件一覧で琥珀色に表示され、フィルター、表示メニュー、ダッシュボードの「期限間近」に含まれます。</translation>
        </message>
        <message>
            <source>Extensions are counted in months: choose “Months” to allow one.</source>
            <translation>期限延長は月単位で数えます。延長を認めるには「月単位」を選択してください。</translation>
        </message>
        <message>
            <source>Import deadline settings</source>
            <translation>回答期限の設定の取り込み</translation>
        </message>
        <message>
            <source>Export deadline settings</source>
            <translation>回答期限の設定のエクスポート</translation>
        </message>
        <message>
            <source>Loaded {name}. Check the values and press Save to apply them.</source>
            <translation>{name} を読み込みました。値を確認し、「保存」を押して適用してください。</translation>
        </message>
        <message>
            <source>The settings shown were written to {path}.</source>
            <translation>表示中の設定を {path} に書き出しました。</translation>
        </message>
        <message numerus="yes">
            <source>Saving moves the due date of %n open case(s); paused cases stay paused. Press Save again to save.</source>
            <translation>
                <numerusform>保存すると、未完了の案件 %n 件の回答期限が変わります（期限の停止中の案件はそのままです）。保存するには、もう一度「保存」を押してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. No open case's due date changed.</source>
            <translation>保存しました。未完了の案件の回答期限に変更はありません。</translation>
        </message>
        <message numerus="yes">
            <source>Saved. The due date of %n open case(s) changed.</source>
            <translation>
                <numerusform>保存しました。未完了の案件 %n 件の回答期限が変更されました。</numerusform>
            </translation>
        </message>
        <message>
            <source>{jurisdiction}: {error}.</source>
            <translation>{jurisdiction}：{error}。</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message numerus="yes">
            <source>Saved to {where} (%n page(s)).</source>
            <translation>
                <numerusform>{where} に保存しました（%n ページ）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent to {where} (%n page(s), job {job}).</source>
            <translation>
                <numerusform>{where} に送信しました（%n ページ、ジョブ {job}）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent to {where} (%n page(s)).</source>
            <translation>
                <numerusform>{where} に送信しました（%n ページ）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing is not available here.</source>
            <translation>この環境では印刷できません。</translation>
        </message>
        <message>
            <source>The print system did not answer: {error}</source>
            <translation>印刷システムが応答しませんでした：{error}</translation>
        </message>
        <message>
            <source>{delivered} But it could not be recorded on the case: {error}</source>
            <translation>{delivered}ただし、案件に記録できませんでした：{error}</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>フォルダー {folder} は存在しません。</translation>
        </message>
        <message>
            <source>Cannot write in {folder}: {error}.</source>
            <translation>{folder} に書き込めません：{error}。</translation>
        </message>
        <message>
            <source>Cannot write {file}: {error}.</source>
            <translation>{file} を書き込めません：{error}。</translation>
        </message>
        <message>
            <source>{ref} has no record of what was asked of the applicant, so the letter would list nothing. Record the request first (Request from applicant, with what is missing; `inquiry-desk act {ref} request_from_applicant --reason TEXT`).</source>
            <translation>{ref} には請求者に求めた内容の記録がないため、この書面には何も記載されません。先に依頼を記録してください（「請求者に依頼…」で不足しているものを入力するか、`inquiry-desk act {ref} request_from_applicant --reason TEXT`）。</translation>
        </message>
        <message>
            <source>{ref} has no extension of its time limit, so the notice would give no new date. Record the extension first (Extend deadline… on the Clock tab, or `inquiry-desk extend {ref} MONTHS REASON`).</source>
            <translation>{ref} は回答期限を延長していないため、この通知には新しい期限が記載されません。先に延長を記録してください（「回答期限」タブの「期限を延長…」、または `inquiry-desk extend {ref} MONTHS REASON`）。</translation>
        </message>
        <message>
            <source>The personal data of {ref} has been erased; no letter can be made for it.</source>
            <translation>{ref} の個人情報は消去済みのため、文書を作成できません。</translation>
        </message>
        <message>
            <source>{ref} has no included records to enclose. Add the data held (`inquiry-desk records {ref} add FILE`), or send the response for data not held.</source>
            <translation>{ref} には同封する開示対象の記録がありません。保有個人データを追加する（`inquiry-desk records {ref} add FILE`）か、保有個人データがない旨の回答を送付してください。</translation>
        </message>
        <message>
            <source>The page count cannot be negative.</source>
            <translation>ページ数に負の値は指定できません。</translation>
        </message>
        <message>
            <source>The personal data of {ref} has been erased.</source>
            <translation>{ref} の個人情報は消去済みです。</translation>
        </message>
    </context>
    <context>
        <name>DueCaseModel</name>
        <message>
            <source>Click to open the case.</source>
            <translation>クリックすると案件を開きます。</translation>
        </message>
    </context>
    <context>
        <name>EditCaseDialog</name>
        <message>
            <source>Edit case {ref}</source>
            <translation>案件 {ref} の編集</translation>
        </message>
        <message>
            <source>— not stated —</source>
            <translation>— 記載なし —</translation>
        </message>
        <message>
            <source>Only a manager corrects the receipt date.</source>
            <translation>受付日を訂正できるのは責任者だけです。</translation>
        </message>
        <message>
            <source>Why the receipt date is corrected</source>
            <translation>受付日を訂正する理由</translation>
        </message>
        <message>
            <source>&amp;Reload the case, keep my changes</source>
            <translation>案件を再読み込み（入力内容は保持）(&amp;R)</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>受付日(&amp;R)：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>理由：</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>受付方法(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>区分(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Jurisdiction:</source>
            <translation>適用法令(&amp;J)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L)：</translation>
        </message>
        <message>
            <source>Answer &amp;by:</source>
            <translation>回答の方法(&amp;B)：</translation>
        </message>
        <message>
            <source>Answer &amp;as:</source>
            <translation>回答の形式(&amp;A)：</translation>
        </message>
        <message>
            <source>Re&amp;quests:</source>
            <translation>請求内容(&amp;Q)：</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>Representative (an agent acts for the applicant)</source>
            <translation>代理人（請求者に代わって手続きする者）</translation>
        </message>
        <message>
            <source>Record the power of attorney or the legal representative's document on the Identity tab.</source>
            <translation>委任状または法定代理人であることを証する書類は、「本人確認」タブで記録してください。</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>変更を保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>Stored data could not be decrypted: the master key in this computer's keyring does not match this database. Import the key with `inquiry-desk key import`.</source>
            <translation>保存されたデータを復号できませんでした。このコンピューターのキーリングにあるマスターキーがこのデータベースと一致しません。`inquiry-desk key import` でキーを取り込んでください。</translation>
        </message>
        <message>
            <source>A stored record of this case failed its integrity check.</source>
            <translation>この案件の保存済み記録が整合性チェックに失敗しました。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTableModel</name>
        <message>
            <source>Not checked</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>一致</translation>
        </message>
        <message>
            <source>Differs</source>
            <translation>相違あり</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>不受理</translation>
        </message>
        <message>
            <source>Destroyed {copy_deleted_at:%Y-%m-%d}</source>
            <translation>廃棄済み（{copy_deleted_at:%Y-%m-%d}）</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>保管中</translation>
        </message>
    </context>
    <context>
        <name>ExtensionDialog</name>
        <message>
            <source>Extend the deadline</source>
            <translation>期限延長</translation>
        </message>
        <message numerus="yes">
            <source>Up to %n further month(s), with the reasons, told to the applicant within the first period (GDPR Art. 12(3)).</source>
            <translation>
                <numerusform>最初の期間内に理由を添えて請求者に通知すれば、さらに最大 %n か月延長できます（GDPR第12条第3項）。</numerusform>
            </translation>
        </message>
        <message>
            <source> month</source>
            <translation> か月</translation>
        </message>
        <message>
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <source>Why more time is needed (complexity, number of requests); the notice to the applicant states these reasons.</source>
            <translation>さらに時間が必要な理由（複雑さ、請求の件数など）。請求者への通知にはこの理由が記載されます。</translation>
        </message>
        <message>
            <source>Due now:</source>
            <translation>現在の回答期限：</translation>
        </message>
        <message>
            <source>Record the notice by:</source>
            <translation>通知の記録期限：</translation>
        </message>
        <message>
            <source>&amp;Months:</source>
            <translation>月数(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Reasons *:</source>
            <translation>理由(&amp;R) *:</translation>
        </message>
        <message>
            <source>&amp;Notice dated:</source>
            <translation>通知日(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Extend</source>
            <translation>延長(&amp;E)</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* 必須</translation>
        </message>
        <message>
            <source>{notice_deadline:%Y-%m-%d} — the first period has ended: only a notice sent by then extends the deadline.</source>
            <translation>{notice_deadline:%Y-%m-%d} — 最初の期間は終了しています。期限を延長できるのは、この日までに送付した通知だけです。</translation>
        </message>
        <message>
            <source> (today)</source>
            <translation>（今日）</translation>
        </message>
        <message>
            <source> ({left} days left)</source>
            <translation>（残り {left} 日）</translation>
        </message>
    </context>
    <context>
        <name>FeePanel</name>
        <message>
            <source>Selected money order cashe&amp;d on:</source>
            <translation>選択した定額小為替の換金日(&amp;D):</translation>
        </message>
        <message>
            <source>Mark &amp;cashed</source>
            <translation>換金済みにする(&amp;C)</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source> JPY</source>
            <translation> 円</translation>
        </message>
        <message>
            <source>Already ca&amp;shed on:</source>
            <translation>換金済みの日付(&amp;S):</translation>
        </message>
        <message>
            <source>GDPR: the request is &amp;manifestly unfounded or excessive</source>
            <translation>GDPR：請求が明らかに根拠がないか過剰である(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Record fee entry</source>
            <translation>手数料を記録(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Entry:</source>
            <translation>項目(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;On:</source>
            <translation>日付(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>金額(&amp;A):</translation>
        </message>
        <message>
            <source>Me&amp;thod:</source>
            <translation>支払方法(&amp;T):</translation>
        </message>
        <message>
            <source>Money order &amp;issued on (発行日):</source>
            <translation>定額小為替の発行日(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>備考(&amp;N):</translation>
        </message>
        <message>
            <source>Fee allowed</source>
            <translation>手数料の請求可</translation>
        </message>
        <message>
            <source>No fee may be asked</source>
            <translation>手数料の請求不可</translation>
        </message>
        <message>
            <source> (default {amount})</source>
            <translation>（標準 {amount}）</translation>
        </message>
        <message>
            <source>: {reason}</source>
            <translation>：{reason}</translation>
        </message>
        <message>
            <source>Select a received postal money order (定額小為替) in the table to record its cashing.</source>
            <translation>換金を記録するには、表で受領した定額小為替を選択してください。</translation>
        </message>
        <message>
            <source>Recorded as cashed on {cashed_on:%Y-%m-%d}; record another date to correct it.</source>
            <translation>{cashed_on:%Y-%m-%d} に換金済みとして記録されています。訂正するには別の日付を記録してください。</translation>
        </message>
        <message>
            <source>Record the day the money order was cashed at the post office.</source>
            <translation>郵便局で定額小為替を換金した日を記録します。</translation>
        </message>
    </context>
    <context>
        <name>FeeTableModel</name>
        <message>
            <source> (expired)</source>
            <translation>（期限切れ）</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未</translation>
        </message>
        <message>
            <source>Cashed on {cashed_on:%Y-%m-%d}, after its last valid day {last}: not counted as received.</source>
            <translation>有効期限の最終日 {last} を過ぎた {cashed_on:%Y-%m-%d} に換金されたため、入金として扱いません。</translation>
        </message>
        <message>
            <source>Held past its last valid day {last} without being cashed: the post office will refuse it; not counted as received.</source>
            <translation>有効期限の最終日 {last} を過ぎても換金されていません。郵便局では換金できないため、入金として扱いません。</translation>
        </message>
        <message>
            <source> (issued {issued})</source>
            <translation>（発行日 {issued}）</translation>
        </message>
        <message>
            <source>Must be cashed by {last_valid_day:%Y-%m-%d}{since}.</source>
            <translation>{last_valid_day:%Y-%m-%d}{since} までに換金する必要があります。</translation>
        </message>
    </context>
    <context>
        <name>Fees</name>
        <message>
            <source>Fee settings: {name} must be a whole number of 0 or more</source>
            <translation>手数料の設定：{name} には 0 以上の整数を指定してください</translation>
        </message>
        <message>
            <source>Fee settings are not valid JSON: {error}</source>
            <translation>手数料の設定が有効な JSON ではありません：{error}</translation>
        </message>
        <message>
            <source>Fee settings must be an object ({...})</source>
            <translation>手数料の設定はオブジェクト（{...}）で指定してください</translation>
        </message>
        <message>
            <source>Fee settings: unknown setting "{name}"; known: {known}</source>
            <translation>手数料の設定：不明な設定 "{name}" です。使用できる設定：{known}</translation>
        </message>
        <message>
            <source>GDPR Art. 12(5): a reasonable fee for a manifestly unfounded or excessive request.</source>
            <translation>GDPR第12条第5項：明らかに根拠がないか過剰な請求には、合理的な手数料を求めることができます。</translation>
        </message>
        <message>
            <source>GDPR Art. 12(5): no fee unless the request is flagged as manifestly unfounded or excessive.</source>
            <translation>GDPR第12条第5項：明らかに根拠がないか過剰な請求とされない限り、手数料は求められません。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>APPI Art. 38 allows a fee for {names}.</source>
            <translation>個人情報保護法第38条により、{names}には手数料を求めることができます。</translation>
        </message>
        <message>
            <source>APPI Art. 38 allows a fee only for notification of purpose of use and disclosure; none of these request types is chargeable.</source>
            <translation>個人情報保護法第38条で手数料を求められるのは利用目的の通知と開示だけです。これらの請求の種類には手数料がかかりません。</translation>
        </message>
        <message>
            <source>The fee settings allow a fee for this jurisdiction.</source>
            <translation>手数料の設定により、この適用法令では手数料を求めることができます。</translation>
        </message>
        <message>
            <source>No fee is set for this jurisdiction.</source>
            <translation>この適用法令には手数料が設定されていません。</translation>
        </message>
        <message>
            <source>{entry}: the amount must be more than 0 yen</source>
            <translation>{entry}：金額は0円より大きくしてください</translation>
        </message>
        <message>
            <source>{entry}: say how it was paid</source>
            <translation>{entry}：支払方法を指定してください</translation>
        </message>
        <message>
            <source>Postal money order: enter its issue date (発行日) to check its validity</source>
            <translation>定額小為替：有効期限を確認するため、発行日を入力してください</translation>
        </message>
        <message>
            <source>Overpaid: refund {amount:,} JPY</source>
            <translation>過納：{amount:,}円を返金</translation>
        </message>
        <message>
            <source>{status}: {amount:,} JPY still due</source>
            <translation>{status}：あと{amount:,}円</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>納付済み</translation>
        </message>
        <message>
            <source>No fee</source>
            <translation>手数料なし</translation>
        </message>
        <message numerus="yes">
            <source> (%n expired money order(s), {total:,} JPY, not counted)</source>
            <translation>
                <numerusform>（期限切れの定額小為替 %n 枚、{total:,}円は計上しません）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeesTab</name>
        <message>
            <source>&amp;Save fees</source>
            <translation>手数料を保存(&amp;S)</translation>
        </message>
        <message>
            <source>APPI fee</source>
            <translation>APPI の手数料</translation>
        </message>
        <message>
            <source>GDPR fee for excessive requests</source>
            <translation>過剰な請求に対する GDPR の手数料</translation>
        </message>
        <message>
            <source>Fee for other jurisdictions</source>
            <translation>その他の適用法令の手数料</translation>
        </message>
        <message>
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <source>Fees asked of applicants</source>
            <translation>請求者に求める手数料</translation>
        </message>
        <message>
            <source>Asked for notification of purpose of use and disclosure only (APPI Art. 38).</source>
            <translation>利用目的の通知と開示の場合のみ求めます（APPI 第38条）。</translation>
        </message>
        <message>
            <source>Only when staff flag a request as manifestly unfounded or excessive (GDPR Art. 12(5)); otherwise the GDPR allows no fee.</source>
            <translation>担当者が請求を明らかに根拠がないか過剰であると判断した場合のみ求めます（GDPR 第12条第5項）。それ以外の場合、GDPR では手数料を求めることはできません。</translation>
        </message>
        <message>
            <source>0 means no fee: where the law is unknown, charging nothing is the safe default.</source>
            <translation>0 は手数料なしを意味します。法令が不明な場合は、手数料を求めないのが安全な既定値です。</translation>
        </message>
        <message>
            <source>Money-order validity</source>
            <translation>定額小為替の有効期間</translation>
        </message>
        <message>
            <source>A postal money order (定額小為替) can be cashed for 6 months after it was issued; older ones are not counted as paid.</source>
            <translation>定額小為替は発行日から6か月間換金できます。それより古いものは支払済みとして扱いません。</translation>
        </message>
        <message>
            <source>Fee settings saved; they apply to fees requested from now on.</source>
            <translation>手数料の設定を保存しました。今後求める手数料に適用されます。</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>First start — {APP_NAME}</source>
            <translation>初回起動 — {APP_NAME}</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>ユーザー名(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>氏名(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>パスワード（確認）(&amp;R):</translation>
        </message>
        <message>
            <source>Create administrator</source>
            <translation>システム管理者を作成</translation>
        </message>
        <message>
            <source>Welcome to Inquiry Desk</source>
            <translation>Inquiry Desk へようこそ</translation>
        </message>
        <message>
            <source>This database has no accounts yet. Create the first administrator; they can then add staff and managers.</source>
            <translation>このデータベースにはまだアカウントがありません。最初のシステム管理者を作成してください。作成後、システム管理者が担当者と責任者を追加できます。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>Fonts</name>
        <message>
            <source>IPAexGothic and IPAexMincho — IPA Font License Agreement v1.0 (bundled for printed letters)</source>
            <translation>IPAexゴシック・IPAex明朝 — IPAフォントライセンスv1.0（印刷する文書用に同梱）</translation>
        </message>
    </context>
    <context>
        <name>FormSnapshot</name>
        <message>
            <source>Discard what you entered?</source>
            <translation>入力内容を破棄しますか？</translation>
        </message>
        <message>
            <source>What you typed has not been saved. Keep editing to save it first.</source>
            <translation>入力した内容は保存されていません。保存する場合は、編集を続けて先に保存してください。</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>破棄(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>編集を続ける(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>— erased —</source>
            <translation>— 消去済み —</translation>
        </message>
        <message numerus="yes">
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n 日超過</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>本日期限</translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GlyphWarning</name>
        <message>
            <source>Print anyway</source>
            <translation>このまま印刷</translation>
        </message>
        <message>
            <source>Print the missing characters as 〓 (geta mark)</source>
            <translation>印刷できない文字を〓（ゲタ記号）で印刷</translation>
        </message>
        <message>
            <source>&lt;b&gt;The font cannot print some characters.&lt;/b&gt; Correct them in the case's details (usually to the common form of the character), or print them as 〓 (geta mark):&lt;br&gt;</source>
            <translation>&lt;b&gt;フォントで印刷できない文字があります。&lt;/b&gt;案件の詳細で修正する（通常は一般的な字形に直します）か、〓（ゲタ記号）で印刷してください：&lt;br&gt;</translation>
        </message>
    </context>
    <context>
        <name>IdleLockTab</name>
        <message>
            <source>&amp;Save idle lock</source>
            <translation>自動ロックを保存(&amp;S)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>画面ロック</translation>
        </message>
        <message>
            <source>Lock an idle window after</source>
            <translation>操作がない場合にウィンドウをロックするまでの時間</translation>
        </message>
        <message>
            <source>Without keyboard or mouse input for this long, the window hides the cases until the password is entered again. Office PCs are shared: keep it short. Applies on every PC at its next sign-in, and to this window at once.</source>
            <translation>キーボードやマウスの操作がこの時間続くと、パスワードを再入力するまで案件を非表示にします。事務所のPCは共用のため、短めに設定してください。各PCでは次回のサインイン時から、このウィンドウにはただちに適用されます。</translation>
        </message>
        <message numerus="yes">
            <source>Saved: an idle window locks after %n minute(s).</source>
            <translation>
                <numerusform>保存しました：操作がない状態が %n 分続くとウィンドウをロックします。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>取り込みはすでに実行中です。完了するまでお待ちください。</translation>
        </message>
        <message>
            <source>Nothing to import: the folder has no files.</source>
            <translation>取り込むものがありません：フォルダーにファイルがありません。</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>%n 件のファイルを取り込み中…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>取り込み中…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>現在のファイルの処理後にキャンセルします…</translation>
        </message>
        <message>
            <source>Importing {name}  ({value} of {maximum})</source>
            <translation>{name} を取り込んでいます（{value}/{maximum}）</translation>
        </message>
    </context>
    <context>
        <name>ImportFilePicker</name>
        <message>
            <source>Import emails, faxes and scans</source>
            <translation>メール・FAX・スキャン文書の取り込み</translation>
        </message>
        <message>
            <source>Inquiries (*.eml *.msg *.pdf *.tif *.tiff *.png *.jpg *.jpeg)</source>
            <translation>お問い合わせ (*.eml *.msg *.pdf *.tif *.tiff *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>フォルダーの取り込み</translation>
        </message>
    </context>
    <context>
        <name>ImportResultsDialog</name>
        <message>
            <source>Import results</source>
            <translation>取り込み結果</translation>
        </message>
        <message>
            <source>  Import cancelled before the remaining files.</source>
            <translation>  残りのファイルを処理する前に取り込みを中止しました。</translation>
        </message>
        <message>
            <source>Double-click a new or added-to case to open it. Refused files were left where they were.</source>
            <translation>新規作成または追加された案件をダブルクリックすると開きます。拒否されたファイルは元の場所に残っています。</translation>
        </message>
    </context>
    <context>
        <name>ImportResultsModel</name>
        <message>
            <source>New case</source>
            <translation>新規案件</translation>
        </message>
        <message>
            <source>Added to case</source>
            <translation>案件に追加</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>取り込み済み</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>ファイルを読み取れませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>%n new case(s)</source>
            <translation>
                <numerusform>新規案件 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added to existing cases</source>
            <translation>
                <numerusform>既存の案件に追加 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already imported</source>
            <translation>
                <numerusform>取り込み済み %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>取り込み不可 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>nothing imported</source>
            <translation>取り込みなし</translation>
        </message>
        <message>
            <source>{files}: {listed}.</source>
            <translation>{files}：{listed}。</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>ファイル %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Double-click to open the case</source>
            <translation>ダブルクリックで案件を開きます</translation>
        </message>
    </context>
    <context>
        <name>ImportWorker</name>
        <message>
            <source>Internal error ({name}); see the log.</source>
            <translation>内部エラーが発生しました（{name}）。ログを確認してください。</translation>
        </message>
        <message numerus="yes">
            <source>Import cancelled: %n file(s)</source>
            <translation>
                <numerusform>取り込みを中止しました：ファイル %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import done: %n file(s)</source>
            <translation>
                <numerusform>取り込み完了：ファイル %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n new case(s)</source>
            <translation>
                <numerusform>、新規案件 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n refused</source>
            <translation>
                <numerusform>、取り込み不可 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>Inquiry Desk is already open on this database on this computer. Switch to that window (or close it) and try again.</source>
            <translation>このコンピューターでは、このデータベースを Inquiry Desk ですでに開いています。そのウィンドウに切り替える（または閉じる）か、もう一度お試しください。</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>The {what} is not valid {charset}; it was decoded as {used}.</source>
            <translation>{what}は {charset} として正しくないため、{used} として読み込みました。</translation>
        </message>
        <message>
            <source>The {what} has no charset; it was decoded as {used}.</source>
            <translation>{what}に文字コードの指定がないため、{used} として読み込みました。</translation>
        </message>
        <message>
            <source>Unknown charset "{charset}" in the {what}; it was decoded as {used}.</source>
            <translation>{what}の文字コード「{charset}」は不明なため、{used} として読み込みました。</translation>
        </message>
        <message>
            <source>text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <source>A header contains raw 8-bit text; it was decoded as {used}.</source>
            <translation>ヘッダーにエンコードされていない 8 ビットの文字が含まれているため、{used} として読み込みました。</translation>
        </message>
        <message>
            <source>header</source>
            <translation>ヘッダー</translation>
        </message>
        <message>
            <source>A header has a broken encoded word; it was shown as it came.</source>
            <translation>ヘッダーのエンコードされた部分が壊れているため、受信したままの形で表示しています。</translation>
        </message>
        <message>
            <source>The {kind} file is damaged and cannot be read.</source>
            <translation>{kind} ファイルが破損しているため、読み込めません。</translation>
        </message>
        <message>
            <source>This is not a fax or scan document.</source>
            <translation>FAX またはスキャン文書ではありません。</translation>
        </message>
        <message>
            <source>The PDF cannot be opened: it is password-protected.</source>
            <translation>PDF を開けません：パスワードで保護されています。</translation>
        </message>
        <message>
            <source>The PDF cannot be opened: it is damaged.</source>
            <translation>PDF を開けません：破損しています。</translation>
        </message>
        <message>
            <source>The PDF has no pages.</source>
            <translation>PDF にページがありません。</translation>
        </message>
        <message>
            <source>The file is not a TIFF image.</source>
            <translation>このファイルは TIFF 画像ではありません。</translation>
        </message>
        <message>
            <source>Pages {first} to {last} were not checked: the document is very large.</source>
            <translation>文書が非常に大きいため、{first}～{last} ページは確認していません。</translation>
        </message>
        <message>
            <source>Page {page} is very large and was not checked.</source>
            <translation>{page} ページ目は非常に大きいため、確認していません。</translation>
        </message>
        <message>
            <source>Only PNG and JPEG scans are accepted.</source>
            <translation>スキャン文書は PNG と JPEG のみ受け付けます。</translation>
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation>画像が大きすぎるため、安全に開くことができません。</translation>
        </message>
        <message>
            <source>The image format is not recognised.</source>
            <translation>画像の形式を認識できません。</translation>
        </message>
        <message>
            <source>The image is damaged or truncated and cannot be read.</source>
            <translation>画像が破損しているか途中で切れているため、読み込めません。</translation>
        </message>
        <message>
            <source>Cannot reach the mail server {host}:{port} ({error}).</source>
            <translation>メールサーバー {host}:{port} に接続できません（{error}）。</translation>
        </message>
        <message>
            <source>The mail server refused the sign-in of {user}.</source>
            <translation>メールサーバーが {user} のサインインを拒否しました。</translation>
        </message>
        <message>
            <source>The mail folder {folder} does not exist.</source>
            <translation>メールフォルダー {folder} が存在しません。</translation>
        </message>
        <message>
            <source>The mailbox is not open.</source>
            <translation>メールボックスが開かれていません。</translation>
        </message>
        <message>
            <source>The mail server refused to list the messages.</source>
            <translation>メールサーバーがメッセージの一覧の取得を拒否しました。</translation>
        </message>
        <message>
            <source>The mail server refused to send a message.</source>
            <translation>メールサーバーがメッセージの取得を拒否しました。</translation>
        </message>
        <message>
            <source>The mail server refused to flag a message.</source>
            <translation>メールサーバーがメッセージへのフラグ設定を拒否しました。</translation>
        </message>
        <message>
            <source>The mail server refused to move a message to {folder}.</source>
            <translation>メールサーバーがメッセージの {folder} への移動を拒否しました。</translation>
        </message>
        <message>
            <source>The mail server refused to delete a message.</source>
            <translation>メールサーバーがメッセージの削除を拒否しました。</translation>
        </message>
        <message>
            <source>The message is cut off: a multipart section is not terminated; what arrived was kept.</source>
            <translation>メッセージが途中で切れています（マルチパートのセクションが終わっていません）。受信した部分は保存しました。</translation>
        </message>
        <message>
            <source>A multipart section never starts (boundary not found); its text is shown as it came.</source>
            <translation>マルチパートのセクションが始まっていません（区切りが見つかりません）。その内容は受信したままの形で表示しています。</translation>
        </message>
        <message>
            <source>A multipart section has no boundary; its text is shown as it came.</source>
            <translation>マルチパートのセクションに区切りがありません。その内容は受信したままの形で表示しています。</translation>
        </message>
        <message>
            <source>A header block is not separated from its body; some headers may be missing.</source>
            <translation>ヘッダー部分が本文と区切られていません。一部のヘッダーが欠けている可能性があります。</translation>
        </message>
        <message>
            <source>The message structure is inconsistent; parts may be missing.</source>
            <translation>メッセージの構造に矛盾があります。一部が欠けている可能性があります。</translation>
        </message>
        <message>
            <source>The message starts with a broken header line.</source>
            <translation>メッセージの先頭のヘッダー行が壊れています。</translation>
        </message>
        <message>
            <source>A header is malformed; it is shown as it came.</source>
            <translation>ヘッダーの形式が正しくありません。受信したままの形で表示しています。</translation>
        </message>
        <message>
            <source>The MIME structure is nested more than {depth} levels deep; deeper parts were not imported.</source>
            <translation>MIME 構造の入れ子が {depth} 階層を超えています。それより深い部分は取り込んでいません。</translation>
        </message>
        <message>
            <source>The message text is very large; it was kept as an attachment.</source>
            <translation>本文が非常に大きいため、添付ファイルとして保存しました。</translation>
        </message>
        <message>
            <source>Broken base64 in the message text: only the readable part was imported.</source>
            <translation>本文の base64 が壊れています：読み取れた部分のみ取り込みました。</translation>
        </message>
        <message>
            <source>message text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Attachment "{name}" cannot be opened: {reason}</source>
            <translation>添付ファイル「{name}」を開けません：{reason}</translation>
        </message>
        <message>
            <source>Attachment "{name}" is not the {format} it claims to be.</source>
            <translation>添付ファイル「{name}」は、示されている {format} 形式のファイルではありません。</translation>
        </message>
        <message>
            <source>The message text has a line of {length} characters (mail allows 998); it was kept as an attachment and not read for the request details.</source>
            <translation>本文に {length} 文字の行があります（メールの上限は 998 文字）。添付ファイルとして保存し、請求内容の読み取りには使っていません。</translation>
        </message>
        <message>
            <source>Broken base64 in attachment {name}: only the readable part was imported.</source>
            <translation>添付ファイル {name} の base64 が壊れています：読み取れた部分のみ取り込みました。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <source>The message has no Message-ID: a second copy is recognised by its file hash only.</source>
            <translation>メッセージに Message-ID がありません：同じメッセージの2通目は、ファイルのハッシュ値でのみ判別されます。</translation>
        </message>
        <message>
            <source>The message has no Date: use the day it arrived as the receipt date.</source>
            <translation>メッセージに Date（日付）がありません：届いた日を受付日としてください。</translation>
        </message>
        <message>
            <source>The file looks like an email but cannot be parsed.</source>
            <translation>メールのように見えるファイルですが、解析できません。</translation>
        </message>
        <message>
            <source>attachment name</source>
            <translation>添付ファイル名</translation>
        </message>
        <message>
            <source>The Date header cannot be read: use the day it arrived as the receipt date.</source>
            <translation>Date ヘッダーを読み取れません：届いた日を受付日としてください。</translation>
        </message>
        <message>
            <source>The Outlook message (.msg) is damaged and cannot be read.</source>
            <translation>Outlook のメッセージ（.msg）が破損しているため、読み込めません。</translation>
        </message>
        <message>
            <source>The Outlook message (.msg) could not be read completely.</source>
            <translation>Outlook のメッセージ（.msg）をすべて読み込むことができませんでした。</translation>
        </message>
        <message>
            <source>The .msg file is not an email message (maybe a contact or task).</source>
            <translation>.msg ファイルがメールではありません（連絡先やタスクの可能性があります）。</translation>
        </message>
        <message>
            <source>Text recognition unavailable: install tesseract (with the Japanese and English language data) to read faxes and scans; fill in the request details by hand.</source>
            <translation>文字認識を利用できません：FAX やスキャン文書を読み取るには、tesseract（日本語と英語の言語データを含む）をインストールしてください。請求の内容は手作業で入力してください。</translation>
        </message>
        <message>
            <source>The text was read from the page images by text recognition: check the details against them.</source>
            <translation>このテキストはページの画像から文字認識で読み取ったものです：内容を画像と照らし合わせて確認してください。</translation>
        </message>
        <message>
            <source>A page could not be prepared for text recognition; only the pages before it were read.</source>
            <translation>文字認識のためにページを準備できなかったため、それより前のページのみ読み取りました。</translation>
        </message>
        <message>
            <source>Text recognition of page {page} took too long and was stopped; later pages were not read.</source>
            <translation>{page} ページ目の文字認識に時間がかかりすぎたため、中止しました。以降のページは読み取っていません。</translation>
        </message>
        <message>
            <source>Text recognition failed on page {page}; check the tesseract installation (with its Japanese and English language data).</source>
            <translation>{page} ページ目の文字認識に失敗しました。tesseract のインストール（日本語と英語の言語データを含む）を確認してください。</translation>
        </message>
        <message>
            <source>Page {page} is too large to read ({width} × {height} pixels); it was kept but not recognised.</source>
            <translation>{page} ページは大きすぎて読み取れません（{width} × {height} ピクセル）。保存しましたが、文字認識はしていません。</translation>
        </message>
        <message>
            <source>Page {page} declares an implausible resolution ({x} × {y} dpi); it was read as well as possible: check the text against the page.</source>
            <translation>{page} ページはあり得ない解像度（{x} × {y} dpi）を示しています。できる限り読み取りましたので、文字を原本と照合してください。</translation>
        </message>
        <message>
            <source>Text recognition read the first {first} of {total} pages.</source>
            <translation>文字認識では、全 {total} ページのうち最初の {first} ページを読み取りました。</translation>
        </message>
        <message>
            <source>This is not a file.</source>
            <translation>ファイルではありません。</translation>
        </message>
        <message>
            <source>The file cannot be opened ({error}).</source>
            <translation>ファイルを開けません（{error}）。</translation>
        </message>
        <message>
            <source>access denied</source>
            <translation>アクセスが拒否されました</translation>
        </message>
        <message>
            <source>The file is larger than {megabytes} MB.</source>
            <translation>ファイルのサイズが {megabytes} MB を超えています。</translation>
        </message>
        <message>
            <source>The file cannot be read ({error}).</source>
            <translation>ファイルを読み込めません（{error}）。</translation>
        </message>
        <message>
            <source>read error</source>
            <translation>読み取りエラー</translation>
        </message>
        <message>
            <source>This is not an email, fax or scan (unknown file format).</source>
            <translation>メール、FAX、スキャン文書のいずれでもありません（不明なファイル形式）。</translation>
        </message>
        <message>
            <source>Outlook messages can only be imported from a file.</source>
            <translation>Outlook のメッセージはファイルからのみ取り込めます。</translation>
        </message>
        <message>
            <source>The document has no text layer: fill in the request details by hand.</source>
            <translation>文書にテキストレイヤーがありません：請求の内容を手作業で入力してください。</translation>
        </message>
        <message>
            <source>The file is damaged and cannot be read.</source>
            <translation>ファイルが破損しているため、読み込めません。</translation>
        </message>
        <message>
            <source>The message is nested too deeply to be read.</source>
            <translation>メッセージの入れ子が深すぎるため、読み込めません。</translation>
        </message>
        <message>
            <source>The file is too large to be read on this computer.</source>
            <translation>ファイルが大きすぎるため、このコンピューターでは読み込めません。</translation>
        </message>
        <message>
            <source>This message was imported before.</source>
            <translation>このメッセージは以前に取り込み済みです。</translation>
        </message>
        <message>
            <source>The QR code names case {ref} and the text mentions {other}: it was filed into {ref}; check that it belongs there.</source>
            <translation>QRコードは案件 {ref} を示していますが、本文には {other} が記載されています。{ref} に登録しましたので、この案件で正しいか確認してください。</translation>
        </message>
        <message>
            <source>The message refers to unknown case {ref}.</source>
            <translation>メッセージに記載された案件 {ref} が見つかりません。</translation>
        </message>
        <message>
            <source>The jurisdiction could not be recognised: JP was assumed; check it.</source>
            <translation>適用法令を判別できなかったため、JP としました。確認してください。</translation>
        </message>
        <message>
            <source>The message is dated in the future: today was used as the receipt date.</source>
            <translation>メッセージの日付が未来になっているため、今日の日付を受付日としました。</translation>
        </message>
        <message>
            <source>The mailbox settings are damaged; set them again.</source>
            <translation>メールボックスの設定が破損しています。もう一度設定してください。</translation>
        </message>
        <message>
            <source>After import, a message is either moved or flagged.</source>
            <translation>取り込み後のメッセージは、移動するかフラグを付けるかのどちらかです。</translation>
        </message>
        <message>
            <source>No mailbox is set up.</source>
            <translation>メールボックスが設定されていません。</translation>
        </message>
        <message>
            <source>No password for {user} in this computer's keyring (service {service}).</source>
            <translation>このコンピューターのキーリングに {user} のパスワードがありません（サービス {service}）。</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} はフォルダーではありません。</translation>
        </message>
        <message>
            <source>The watched folder {folder} does not exist.</source>
            <translation>監視フォルダー {folder} が存在しません。</translation>
        </message>
        <message>
            <source>The message has a part header of more than {size} bytes (a real one has a few hundred): it is malformed and was not imported.</source>
            <translation>メッセージに {size} バイトを超えるパートヘッダーがあります（通常は数百バイト）。形式が不正なため取り込みませんでした。</translation>
        </message>
        <message>
            <source>The message has more than {size} bytes of part headers (tens of thousands of parts): it is malformed and was not imported.</source>
            <translation>メッセージのパートヘッダーが {size} バイトを超えています（数万個のパート）。形式が不正なため取り込みませんでした。</translation>
        </message>
        <message>
            <source>The message has more than {megabytes} MB of header lines (an email has a few kilobytes): it is malformed and was not imported.</source>
            <translation>メッセージのヘッダー行が {megabytes} MB を超えています（通常のメールは数キロバイト）。形式が不正なため取り込みませんでした。</translation>
        </message>
        <message>
            <source>The pages carry the QR codes of several cases ({refs}): it was not filed into any of them; file each part into its case by hand.</source>
            <translation>ページに複数の案件のQRコード（{refs}）があるため、どの案件にも登録していません。各部分を手作業でそれぞれの案件に登録してください。</translation>
        </message>
        <message>
            <source>The QR code names case {ref}, which does not exist: it was imported as a new case.</source>
            <translation>QRコードが示す案件 {ref} は存在しないため、新規案件として取り込みました。</translation>
        </message>
        <message>
            <source>The QR code names case {ref}, whose personal data has been erased: it was imported as a new case.</source>
            <translation>QRコードが示す案件 {ref} は個人情報が消去済みのため、新規案件として取り込みました。</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>New inquiry</source>
            <translation>新規お問い合わせ</translation>
        </message>
        <message>
            <source>Anything a colleague should know (kept with the case, encrypted)</source>
            <translation>同僚に伝えておくべきこと（案件とともに暗号化して保存されます）</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>ファイルを追加…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>お問い合わせ</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>受付日(&amp;R):</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>受付方法(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>区分(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Jurisdiction:</source>
            <translation>適用法令(&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Requests:</source>
            <translation>請求(&amp;R):</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>メモ(&amp;O):</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>Representative (an agent acts for the applicant)</source>
            <translation>代理人（請求者に代わって手続きする者）</translation>
        </message>
        <message>
            <source>Attachments — drop scans, faxes or emails here</source>
            <translation>添付ファイル — スキャン文書・FAX・メールをここにドロップしてください</translation>
        </message>
        <message>
            <source>&amp;Save inquiry</source>
            <translation>お問い合わせを保存(&amp;S)</translation>
        </message>
        <message>
            <source>{name} cannot be read: {strerror}.</source>
            <translation>{name} を読み取れません：{strerror}。</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>ファイルを追加</translation>
        </message>
        <message>
            <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;All files (*)</source>
            <translation>スキャン文書・書類 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.msg *.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>APPI — Disclosure, etc.</source>
            <translation>APPI — 開示等の請求</translation>
        </message>
        <message>
            <source>GDPR — data subject rights</source>
            <translation>GDPR — データ主体の権利</translation>
        </message>
    </context>
    <context>
        <name>Keyring</name>
        <message>
            <source>No secure keyring is available on this computer, so Inquiry Desk cannot protect personal data. On Linux start a Secret Service (GNOME Keyring or KWallet) and unlock it; on Windows and macOS the system keyring is used automatically. (keyring backend found: {name})</source>
            <translation>このコンピューターでは安全なキーリングを利用できないため、Inquiry Desk は個人情報を保護できません。Linux では Secret Service（GNOME Keyring または KWallet）を起動してロックを解除してください。Windows と macOS ではシステムのキーリングが自動的に使用されます。（検出されたキーリングのバックエンド：{name}）</translation>
        </message>
        <message>
            <source>The keyring could not be read: {error}. Unlock it and retry.</source>
            <translation>キーリングを読み取れませんでした：{error}。ロックを解除してから再試行してください。</translation>
        </message>
        <message>
            <source>The keyring refused the key: {error}. Unlock it and retry.</source>
            <translation>キーリングが鍵を受け付けませんでした：{error}。ロックを解除してから再試行してください。</translation>
        </message>
        <message>
            <source>This computer has no key for this database. An administrator can export it on an enrolled PC with `inquiry-desk key export FILE` and import it here with `inquiry-desk key import FILE`.</source>
            <translation>このコンピューターには、このデータベースの鍵がありません。システム管理者が登録済みのPCで `inquiry-desk key export FILE` により書き出し、このPCで `inquiry-desk key import FILE` により読み込むことができます。</translation>
        </message>
        <message>
            <source> On this {system}, install it with: {command}</source>
            <translation>この {system} では次のコマンドでインストールできます：{command}</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <source>The personal data of {ref} has been erased.</source>
            <translation>{ref} の個人情報を消去しました。</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 12 characters for the key file.</source>
            <translation>鍵ファイルのパスフレーズを12文字以上で指定してください。</translation>
        </message>
        <message>
            <source>This is not an Inquiry Desk key file.</source>
            <translation>Inquiry Desk の鍵ファイルではありません。</translation>
        </message>
        <message>
            <source>The passphrase is wrong, or the key file was altered.</source>
            <translation>パスフレーズが正しくないか、鍵ファイルが改変されています。</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>The language of the screens and of the command line's messages:</source>
            <translation>画面とコマンドラインのメッセージに使用する言語：</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>システムの設定に従う（{language}）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>LedgerTableModel</name>
        <message>
            <source>no effect</source>
            <translation>影響なし</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source> Still missing: {items}.</source>
            <translation> 不足しているもの：{items}。</translation>
        </message>
        <message>
            <source>A {kind} discloses nothing, so it skips identity verification.</source>
            <translation>{kind}では何も開示しないため、本人確認は不要です。</translation>
        </message>
        <message>
            <source>The applicant's identity is already verified; start work instead.</source>
            <translation>請求者の本人確認は済んでいます。対応を開始してください。</translation>
        </message>
        <message>
            <source>The evidence recorded does not yet confirm the applicant's identity.</source>
            <translation>記録された書類では、まだ請求者の本人確認ができていません。</translation>
        </message>
        <message>
            <source>The evidence recorded confirms the identity; mark it verified instead.</source>
            <translation>記録された書類で本人確認ができています。本人確認済みにしてください。</translation>
        </message>
        <message>
            <source>A request needs the applicant's identity verified before work starts.</source>
            <translation>請求への対応を始める前に、請求者の本人確認が必要です。</translation>
        </message>
        <message>
            <source>Only a manager can approve or send back a response.</source>
            <translation>回答の承認と差し戻しは責任者だけが行えます。</translation>
        </message>
        <message>
            <source>Say why the response is sent back (a comment is required).</source>
            <translation>差し戻す理由を入力してください（コメントは必須です）。</translation>
        </message>
        <message>
            <source>This response needs the manager's approval first; submit it for approval.</source>
            <translation>この回答には責任者の承認が必要です。承認を申請してください。</translation>
        </message>
        <message>
            <source>No response may go to an applicant whose identity is not verified.</source>
            <translation>本人確認ができていない請求者には回答を送付できません。</translation>
        </message>
        <message>
            <source>the reasons for the refusal</source>
            <translation>不開示の理由</translation>
        </message>
        <message>
            <source>the right-to-complain text</source>
            <translation>苦情申立ての権利に関する説明</translation>
        </message>
        <message>
            <source>its category (the legal ground)</source>
            <translation>その区分（法的根拠）</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items}および{last}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A refusal must state {items}.</source>
            <translation>不開示の決定には{items}を記載してください。</translation>
        </message>
        <message>
            <source>Record how and when the applicant withdrew the request.</source>
            <translation>請求者がいつ、どのように請求を取り下げたかを記録してください。</translation>
        </message>
        <message>
            <source>An overpaid fee must be refunded before the case is closed.</source>
            <translation>案件を完了する前に、過納の手数料を返金してください。</translation>
        </message>
        <message>
            <source>Say why the case is reopened (a comment is required).</source>
            <translation>案件を再開する理由を入力してください（コメントは必須です）。</translation>
        </message>
        <message>
            <source>The closing date is not known, so the grace period cannot be checked.</source>
            <translation>完了日が不明のため、猶予期間を確認できません。</translation>
        </message>
        <message>
            <source>The grace period ended on {last:%Y-%m-%d}; a closed case can only be reopened within it. Open a new case instead.</source>
            <translation>猶予期間は {last:%Y-%m-%d} に終了しました。完了した案件を再開できるのは猶予期間内だけです。新しい案件を作成してください。</translation>
        </message>
        <message>
            <source>The case is under legal hold; its data cannot be purged until the hold is lifted.</source>
            <translation>この案件は法的保全中です。保全が解除されるまでデータを消去できません。</translation>
        </message>
        <message>
            <source>The grace period runs until {last:%Y-%m-%d}; purge from {first:%Y-%m-%d}.</source>
            <translation>猶予期間は {last:%Y-%m-%d} までです。{first:%Y-%m-%d} 以降に消去できます。</translation>
        </message>
        <message>
            <source>The case has been purged; only its anonymous register entry remains.</source>
            <translation>この案件は消去済みです。匿名の一覧の記録だけが残っています。</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>この案件はすでに完了しています。</translation>
        </message>
        <message>
            <source>The case is closed; reopen it before you can {verb}.</source>
            <translation>この案件は完了しています。「{verb}」の前に再開してください。</translation>
        </message>
        <message>
            <source>The case is waiting for the manager's approval; the manager approves or sends it back.</source>
            <translation>この案件は責任者の承認待ちです。責任者が承認または差し戻しを行います。</translation>
        </message>
        <message>
            <source>The case is already finished ({state}); reopen it first.</source>
            <translation>この案件はすでに終了しています（{state}）。先に再開してください。</translation>
        </message>
        <message>
            <source>Only a closed case can be purged.</source>
            <translation>消去できるのは完了した案件だけです。</translation>
        </message>
        <message>
            <source>Only a responded, refused or withdrawn case can be closed.</source>
            <translation>完了にできるのは、回答済み・不開示（拒否）・取下げの案件だけです。</translation>
        </message>
        <message>
            <source>“{state}”</source>
            <translation>「{state}」</translation>
        </message>
        <message>
            <source>“{verb}” is not possible at “{state}”; only at {allowed}.</source>
            <translation>「{state}」では「{verb}」はできません。できるのは {allowed} のときだけです。</translation>
        </message>
        <message>
            <source>Only an open case's deadline can be extended.</source>
            <translation>回答期限を延長できるのは未完了の案件だけです。</translation>
        </message>
        <message>
            <source>An extension notice cannot be dated in the future.</source>
            <translation>期限延長の通知に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>A fee entry cannot be dated in the future.</source>
            <translation>手数料の記録に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>A money order cannot be issued ({issued:%Y-%m-%d}) after the day it was received ({received:%Y-%m-%d}).</source>
            <translation>定額小為替の発行日（{issued:%Y-%m-%d}）を受領日（{received:%Y-%m-%d}）より後にすることはできません。</translation>
        </message>
        <message>
            <source>No fee may be asked: {reason}</source>
            <translation>手数料は請求できません：{reason}</translation>
        </message>
        <message>
            <source>Case {ref} has no fee entry {entry}.</source>
            <translation>案件 {ref} に手数料の記録 {entry} はありません。</translation>
        </message>
        <message>
            <source>Only a received postal money order can be marked cashed; this entry is: {kind}.</source>
            <translation>換金済みにできるのは受領した定額小為替だけです。この記録は「{kind}」です。</translation>
        </message>
        <message>
            <source>Only a received postal money order can be marked cashed; this entry is: {kind}, {method}.</source>
            <translation>換金済みにできるのは受領した定額小為替だけです。この記録は「{kind}、{method}」です。</translation>
        </message>
        <message>
            <source>A money order cannot be cashed in the future ({cashed:%Y-%m-%d}; today is {today:%Y-%m-%d}).</source>
            <translation>定額小為替の換金日に未来の日付は指定できません（{cashed:%Y-%m-%d}。本日は {today:%Y-%m-%d} です）。</translation>
        </message>
        <message>
            <source>A money order cannot be cashed ({cashed:%Y-%m-%d}) before it was received ({received:%Y-%m-%d}).</source>
            <translation>定額小為替の換金日（{cashed:%Y-%m-%d}）を受領日（{received:%Y-%m-%d}）より前にすることはできません。</translation>
        </message>
        <message>
            <source>Registered mail needs its tracking number.</source>
            <translation>書留には追跡番号が必要です。</translation>
        </message>
        <message>
            <source>The posting date cannot be in the future.</source>
            <translation>発送日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>The posting date is before the case was received.</source>
            <translation>発送日が案件の受付日より前になっています。</translation>
        </message>
        <message>
            <source>That posting is not part of this case.</source>
            <translation>その発送記録はこの案件のものではありません。</translation>
        </message>
        <message>
            <source>The letter cannot return before it was posted.</source>
            <translation>返送日を発送日より前にすることはできません。</translation>
        </message>
        <message>
            <source>{file} is not a JSON text file (UTF-8 expected).</source>
            <translation>{file} は JSON テキストファイルではありません（UTF-8 が必要です）。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation>{path} を読み取れません：{error}。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation>{path} に書き込めません：{error}。</translation>
        </message>
        <message>
            <source>The APPI fee must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation>APPI の手数料は 0～{maximum:,} 円の範囲で指定してください（指定値：{value:,} 円）。</translation>
        </message>
        <message>
            <source>The GDPR fee for excessive requests must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation>過剰な請求に対する GDPR の手数料は 0～{maximum:,} 円の範囲で指定してください（指定値：{value:,} 円）。</translation>
        </message>
        <message>
            <source>The fee for other jurisdictions must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation>その他の適用法令の手数料は 0～{maximum:,} 円の範囲で指定してください（指定値：{value:,} 円）。</translation>
        </message>
        <message>
            <source>The money-order validity must be from {low} to {high} months, not {months}.</source>
            <translation>定額小為替の有効期間は {low}～{high} か月の範囲で指定してください（指定値：{months} か月）。</translation>
        </message>
        <message>
            <source>Approval settings: unknown request type {type!r}</source>
            <translation>承認の設定：{type!r} は不明な請求の種類です</translation>
        </message>
        <message>
            <source>Approval settings: refusals must be true or false</source>
            <translation>承認の設定：refusals には true または false を指定してください</translation>
        </message>
        <message>
            <source>That file is not part of this case.</source>
            <translation>そのファイルはこの案件のものではありません。</translation>
        </message>
        <message>
            <source>That evidence line is not part of this case.</source>
            <translation>その本人確認書類の記録はこの案件のものではありません。</translation>
        </message>
        <message>
            <source>Purging erases the case's personal data; use the purge command.</source>
            <translation>消去を行うと案件の個人情報が削除されます。消去コマンドを使用してください。</translation>
        </message>
        <message>
            <source>The date must be between the receipt ({received:%Y-%m-%d}) and today.</source>
            <translation>日付は受付日（{received:%Y-%m-%d}）から本日までの範囲で指定してください。</translation>
        </message>
        <message>
            <source>Cases go to active staff or managers only.</source>
            <translation>案件を割り当てられるのは、有効な担当者または責任者だけです。</translation>
        </message>
        <message>
            <source>There is no active staff member or manager {username!r}.</source>
            <translation>有効な担当者または責任者 {username!r} は存在しません。</translation>
        </message>
        <message>
            <source>A case is merged into another with Merge, not answered so.</source>
            <translation>他の案件への統合は「統合」で行います。回答として記録することはできません。</translation>
        </message>
        <message>
            <source>Every request of this case is refused: use Refuse, which records the reasons and the right to complain.</source>
            <translation>この案件のすべての請求が不対応（拒否）です。「拒否」を使用してください。理由と苦情を申し立てる権利が記録されます。</translation>
        </message>
    </context>
    <context>
        <name>LifecyclePanel</name>
        <message>
            <source>Plan outcomes per request…</source>
            <translation>請求ごとの結果を設定…</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>received {date}</source>
            <translation>受付日 {date}</translation>
        </message>
        <message>
            <source>Waiting for the manager: {lower}</source>
            <translation>責任者の対応待ち：{lower}</translation>
        </message>
        <message>
            <source>deadline met</source>
            <translation>回答期限内に対応</translation>
        </message>
        <message>
            <source>deadline missed</source>
            <translation>回答期限を超過</translation>
        </message>
        <message>
            <source>Outcome: {replace}{ground}</source>
            <translation>結果：{replace}{ground}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Per request: {each}</source>
            <translation>請求ごとの結果：{each}</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>法的保全</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>回答期限なし</translation>
        </message>
        <message>
            <source>Due {due}</source>
            <translation>回答期限 {due}</translation>
        </message>
        <message>
            <source> — clock paused while waiting for the applicant</source>
            <translation> — 請求者の対応待ちのため期限の停止中</translation>
        </message>
        <message numerus="yes">
            <source> — %n day(s) overdue</source>
            <translation>
                <numerusform>— %n 日超過</numerusform>
            </translation>
        </message>
        <message>
            <source> — due today</source>
            <translation> — 本日が回答期限</translation>
        </message>
        <message>
            <source> — {days_left} days left</source>
            <translation> — 残り日数 {days_left} 日</translation>
        </message>
        <message>
            <source>No action is possible now.</source>
            <translation>現在実行できる操作はありません。</translation>
        </message>
        <message>
            <source>Outcomes saved.</source>
            <translation>結果を保存しました。</translation>
        </message>
        <message>
            <source>Close case {ref}?</source>
            <translation>案件 {ref} を完了にしますか？</translation>
        </message>
        <message>
            <source>A closed case leaves the open cases. Once the grace period has passed, its personal data is purged unless the case is reopened or on legal hold.</source>
            <translation>完了にした案件は未完了の案件一覧から外れます。猶予期間が経過すると、案件が再開されるか法的保全の対象でない限り、その個人情報は消去されます。</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>案件を完了にする(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>案件を完了にする</translation>
        </message>
        <message>
            <source>Done: {label}.</source>
            <translation>完了しました：{label}。</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Inquiry Desk is locked</source>
            <translation>Inquiry Desk はロックされています</translation>
        </message>
        <message>
            <source>Locked after a period without use. {who}, enter your password to continue.</source>
            <translation>一定時間操作がなかったためロックしました。{who} さん、続行するにはパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <source>Sign in as someone else…</source>
            <translation>別のユーザーでサインイン…</translation>
        </message>
        <message>
            <source>Locked by {who}. Enter the password to continue.</source>
            <translation>{who} さんがロックしました。続行するにはパスワードを入力してください。</translation>
        </message>
        <message>
            <source>The password is wrong (repeated failures lock the account).</source>
            <translation>パスワードが正しくありません（失敗が続くとアカウントがロックされます）。</translation>
        </message>
    </context>
    <context>
        <name>MailOut</name>
        <message>
            <source>Sent by email ({pages} page(s)).</source>
            <translation>メールで送付しました（{pages} ページ）。</translation>
        </message>
        <message>
            <source>No outgoing mail server is set up (`inquiry-desk mail-out configure`).</source>
            <translation>送信サーバーが設定されていません（`inquiry-desk mail-out configure`）。</translation>
        </message>
        <message>
            <source>{ref}: the applicant did not ask for the answer by email; change the medium of the answer first if they did.</source>
            <translation>{ref}：請求者はメールでの回答を求めていません。メールでの回答を求められている場合は、先に回答の方法を変更してください。</translation>
        </message>
        <message>
            <source>{ref} has no email address to send to.</source>
            <translation>{ref} には送付先のメールアドレスがありません。</translation>
        </message>
        <message>
            <source>{ref}: the response may not go out yet (approval or identity verification is outstanding); nothing was sent.</source>
            <translation>{ref}：この回答はまだ送付できません（承認または本人確認が完了していません）。何も送信していません。</translation>
        </message>
        <message>
            <source>No password for {user} in this computer's keyring (service {service}).</source>
            <translation>このコンピューターのキーリングに {user} のパスワードがありません（サービス {service}）。</translation>
        </message>
        <message>
            <source>The mail server {server} refused the user name or password.</source>
            <translation>送信サーバー {server} がユーザー名またはパスワードを拒否しました。</translation>
        </message>
        <message>
            <source>The mail server {server} refused the message: {error}</source>
            <translation>送信サーバー {server} がメッセージを拒否しました：{error}</translation>
        </message>
        <message>
            <source>The mail server {server} does not offer this security or sign-in.</source>
            <translation>送信サーバー {server} は、この暗号化方式または認証方式に対応していません。</translation>
        </message>
        <message>
            <source>The certificate of the mail server {server} is not trusted ({reason}); nothing was sent. If the office's server is signed by its own CA, set that CA file.</source>
            <translation>メールサーバー {server} の証明書は信頼できません（{reason}）。何も送信していません。社内のサーバーが独自の認証局で署名されている場合は、その CA ファイルを設定してください。</translation>
        </message>
        <message>
            <source>No secure connection could be made with {server} ({reason}); check the security setting: SSL is usually port 465, STARTTLS port 587.</source>
            <translation>{server} と暗号化した接続ができませんでした（{reason}）。セキュリティの設定を確認してください。通常、SSL はポート 465、STARTTLS はポート 587 です。</translation>
        </message>
        <message>
            <source>The mail server {server} refused the connection; check the name and the port.</source>
            <translation>メールサーバー {server} が接続を拒否しました。サーバー名とポートを確認してください。</translation>
        </message>
        <message>
            <source>The mail server {server} closed the connection without answering; check the port and the security setting.</source>
            <translation>メールサーバー {server} は応答せずに接続を切断しました。ポート番号と暗号化の設定を確認してください。</translation>
        </message>
        <message>
            <source>There is no mail server named {host}; check the name.</source>
            <translation>{host} という名前のメールサーバーは見つかりません。名前を確認してください。</translation>
        </message>
        <message>
            <source>The mail server {server} could not be reached: {error}</source>
            <translation>送信サーバー {server} に接続できませんでした：{error}</translation>
        </message>
        <message>
            <source>The mail server {server} did not answer within {seconds} seconds; check the port and the security setting (SSL is usually port 465, STARTTLS port 587).</source>
            <translation>メールサーバー {server} から {seconds} 秒以内に応答がありませんでした。ポート番号と暗号化の設定を確認してください（SSL は通常ポート 465、STARTTLS はポート 587）。</translation>
        </message>
        <message>
            <source>recipient refused (code {code})</source>
            <translation>宛先が拒否されました（コード {code}）</translation>
        </message>
        <message>
            <source>code {code}</source>
            <translation>コード {code}</translation>
        </message>
        <message>
            <source>Connected to {server} (unencrypted, on this computer).</source>
            <translation>{server} に接続しました（このコンピューター内のため暗号化なし）。</translation>
        </message>
        <message>
            <source>Connected to {server}: the certificate is trusted and the sign-in accepted.</source>
            <translation>{server} に接続しました。証明書は信頼でき、サインインも受け付けられました。</translation>
        </message>
        <message>
            <source>A test message was sent to {address} through {server}.</source>
            <translation>{server} 経由で {address} にテストメッセージを送信しました。</translation>
        </message>
        <message>
            <source>Give the mail server's name.</source>
            <translation>送信サーバーの名前を入力してください。</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535.</source>
            <translation>ポートには 1～65535 の数値を指定してください。</translation>
        </message>
        <message>
            <source>The connection is secured by STARTTLS, SSL or none.</source>
            <translation>接続の暗号化には STARTTLS、SSL、none のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Mail goes unencrypted only to this computer itself (localhost); use STARTTLS or SSL for {host}.</source>
            <translation>暗号化なしで送信できるのはこのコンピューター自身（localhost）だけです。{host} には STARTTLS または SSL を使ってください。</translation>
        </message>
        <message>
            <source>The From address is not an email address (expected name@example.com).</source>
            <translation>差出人アドレスがメールアドレスの形式ではありません（例：name@example.com）。</translation>
        </message>
        <message>
            <source>The sender's name is at most {n} characters.</source>
            <translation>差出人名は {n} 文字以内です。</translation>
        </message>
        <message>
            <source>Give the CA file's full path.</source>
            <translation>CA ファイルはフルパスで指定してください。</translation>
        </message>
        <message>
            <source>There is no CA file {file}.</source>
            <translation>CA ファイル {file} がありません。</translation>
        </message>
        <message>
            <source>{file} holds no certificate in PEM format.</source>
            <translation>{file} には PEM 形式の証明書が含まれていません。</translation>
        </message>
        <message>
            <source>The CA file {file} cannot be read: {error}</source>
            <translation>CA ファイル {file} を読み取れません：{error}</translation>
        </message>
        <message>
            <source>The outgoing mail settings are damaged; set them again.</source>
            <translation>送信サーバーの設定が破損しています。もう一度設定してください。</translation>
        </message>
        <message>
            <source>A password is kept only with a user name; give the user name.</source>
            <translation>パスワードはユーザー名とともにのみ保存できます。ユーザー名を入力してください。</translation>
        </message>
        <message>
            <source>The password could not be kept in this computer's keyring: {error}</source>
            <translation>このコンピューターのキーリングにパスワードを保存できませんでした：{error}</translation>
        </message>
    </context>
    <context>
        <name>MailOutTab</name>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS（通常はポート 587）</translation>
        </message>
        <message>
            <source>SSL/TLS from the start (usually port 465)</source>
            <translation>最初から SSL/TLS（通常はポート 465）</translation>
        </message>
        <message>
            <source>None (only a server on this computer)</source>
            <translation>なし（このコンピューター上のサーバーのみ）</translation>
        </message>
        <message>
            <source>&amp;Save mail settings</source>
            <translation>メール設定を保存(&amp;S)</translation>
        </message>
        <message>
            <source>empty: the server takes mail without sign-in</source>
            <translation>空欄：サインインなしで送信できるサーバー</translation>
        </message>
        <message>
            <source>e.g. Personal Information Inquiry Department</source>
            <translation>例：個人情報お問い合わせ窓口</translation>
        </message>
        <message>
            <source>empty: the certificates this computer trusts</source>
            <translation>空欄：このコンピューターが信頼する証明書</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>The department's outgoing mail server (SMTP)</source>
            <translation>部署の送信メールサーバー（SMTP）</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>サーバー</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>ポート</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>セキュリティ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>From address</source>
            <translation>差出人アドレス</translation>
        </message>
        <message>
            <source>Sender's name</source>
            <translation>差出人名</translation>
        </message>
        <message>
            <source>CA file</source>
            <translation>CA ファイル</translation>
        </message>
        <message>
            <source>Answers go by email only to applicants who asked for them by email. The password is kept in this computer's keyring, never in the database; leave the field empty to keep the stored one. The server's certificate is always checked: for an office server signed by its own certificate authority, give that authority's certificate (PEM) as the CA file.</source>
            <translation>回答をメールで送るのは、メールでの回答を希望した請求者に限ります。パスワードはこのコンピューターのキーリングに保存し、データベースには保存しません。保存済みのパスワードを使い続ける場合は空欄のままにしてください。サーバーの証明書は常に検証します。社内の認証局で署名されたサーバーの場合は、その認証局の証明書（PEM）を CA ファイルに指定してください。</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>接続をテスト</translation>
        </message>
        <message>
            <source>Send a test message</source>
            <translation>テストメッセージを送信</translation>
        </message>
        <message>
            <source>no sign-in</source>
            <translation>サインインなし</translation>
        </message>
        <message>
            <source>stored in the keyring</source>
            <translation>キーリングに保存済み</translation>
        </message>
        <message>
            <source>stored; type a new password to replace it</source>
            <translation>保存済み。変更する場合は新しいパスワードを入力</translation>
        </message>
        <message>
            <source>not stored</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>type the password</source>
            <translation>パスワードを入力</translation>
        </message>
        <message>
            <source>CA certificate (PEM)</source>
            <translation>CA 証明書（PEM）</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer)</source>
            <translation>証明書 (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Trying {host}:{port}…</source>
            <translation>{host}:{port} に接続しています…</translation>
        </message>
        <message>
            <source>Outgoing mail settings saved.</source>
            <translation>送信メールの設定を保存しました。</translation>
        </message>
    </context>
    <context>
        <name>MainController</name>
        <message>
            <source>Database: {location}</source>
            <translation>データベース：{location}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>サインイン中：{name}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>サインイン中：{name}（{role}）</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>案件一覧</translation>
        </message>
        <message>
            <source>More than {total} cases</source>
            <translation>{total} 件超</translation>
        </message>
        <message>
            <source>{total} case</source>
            <translation>{total} 件</translation>
        </message>
        <message>
            <source>{total} cases</source>
            <translation>{total} 件</translation>
        </message>
        <message>
            <source>{ref} logged.</source>
            <translation>{ref} を登録しました。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — DEMO DATABASE</source>
            <translation> — デモ用データベース</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>案件一覧</translation>
        </message>
        <message>
            <source>&amp;New inquiry…</source>
            <translation>新規お問い合わせ(&amp;N)…</translation>
        </message>
        <message>
            <source>Log an inquiry that arrived by post, fax, email, phone or in person</source>
            <translation>郵送・FAX・メール・電話・窓口で受け付けたお問い合わせを登録します</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>ロック(&amp;L)</translation>
        </message>
        <message>
            <source>Hide the screen until your password is entered</source>
            <translation>パスワードを入力するまで画面を非表示にします</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>ユーザーの切り替え(&amp;W)…</translation>
        </message>
        <message>
            <source>Sign out so that a colleague can sign in on this PC</source>
            <translation>サインアウトして、このPCで別の担当者がサインインできるようにします</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>案件を開く(&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected case</source>
            <translation>選択した案件を開きます</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>最新の情報に更新(&amp;R)</translation>
        </message>
        <message>
            <source>Read the register again</source>
            <translation>案件一覧を再読み込みします</translation>
        </message>
        <message>
            <source>&amp;Close case tab</source>
            <translation>案件タブを閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Filter bar</source>
            <translation>フィルターバー(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;All cases</source>
            <translation>すべての案件(&amp;A)</translation>
        </message>
        <message>
            <source>O&amp;pen cases</source>
            <translation>未完了の案件(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Overdue</source>
            <translation>期限超過(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Due within 3 days</source>
            <translation>3日以内に回答期限(&amp;D)</translation>
        </message>
        <message>
            <source>Awaiting &amp;me</source>
            <translation>自分の対応待ち(&amp;M)</translation>
        </message>
        <message>
            <source>Your open cases that wait on you</source>
            <translation>自分の対応を待っている未完了の案件</translation>
        </message>
        <message>
            <source>Awaiting appro&amp;val</source>
            <translation>承認待ち(&amp;V)</translation>
        </message>
        <message>
            <source>Awaiting app&amp;licant</source>
            <translation>請求者の対応待ち(&amp;L)</translation>
        </message>
        <message>
            <source>Cases whose clock is paused for the applicant</source>
            <translation>請求者の対応待ちで期限の停止中の案件</translation>
        </message>
        <message>
            <source>&amp;Clear search and filters</source>
            <translation>検索とフィルターをクリア(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>検索(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>取り込み(&amp;I)…</translation>
        </message>
        <message>
            <source>Import emails, faxes and scans (.eml, .msg, PDF, TIFF, PNG, JPEG)</source>
            <translation>メール・FAX・スキャン文書を取り込みます（.eml、.msg、PDF、TIFF、PNG、JPEG）</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>フォルダーの取り込み(&amp;F)…</translation>
        </message>
        <message>
            <source>Import every file of a folder</source>
            <translation>フォルダー内のすべてのファイルを取り込みます</translation>
        </message>
        <message>
            <source>&amp;Merge into another case…</source>
            <translation>ほかの案件に統合(&amp;M)…</translation>
        </message>
        <message>
            <source>File this case's messages, attachments and notes into the case they belong to</source>
            <translation>この案件のメッセージ、添付ファイル、メモを、本来の案件に統合します</translation>
        </message>
        <message>
            <source>&amp;Print preview…</source>
            <translation>印刷プレビュー(&amp;P)…</translation>
        </message>
        <message>
            <source>Preview and print a document of this case</source>
            <translation>この案件の文書をプレビューして印刷します</translation>
        </message>
        <message>
            <source>&amp;Batch print…</source>
            <translation>一括印刷(&amp;B)…</translation>
        </message>
        <message>
            <source>Print the documents due for several cases</source>
            <translation>複数の案件で発送予定の文書を印刷します</translation>
        </message>
        <message>
            <source>Das&amp;hboard</source>
            <translation>ダッシュボード(&amp;H)</translation>
        </message>
        <message>
            <source>Open cases, deadlines and workload at a glance</source>
            <translation>未完了の案件、回答期限、業務量をひと目で確認します</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>監査ログ(&amp;A)…</translation>
        </message>
        <message>
            <source>Who did what, and when</source>
            <translation>誰が、いつ、何をしたか</translation>
        </message>
        <message>
            <source>&amp;Staff accounts…</source>
            <translation>担当者アカウント(&amp;S)…</translation>
        </message>
        <message>
            <source>Add, deactivate and reset staff accounts</source>
            <translation>担当者アカウントの追加・無効化・リセット</translation>
        </message>
        <message>
            <source>P&amp;urge and retention…</source>
            <translation>消去と保存期間(&amp;U)…</translation>
        </message>
        <message>
            <source>Closed cases, legal holds, grace period, purge receipts</source>
            <translation>完了した案件、法的保全、猶予期間、消去の証跡</translation>
        </message>
        <message>
            <source>&amp;Lifecycle settings…</source>
            <translation>ライフサイクルの設定(&amp;L)…</translation>
        </message>
        <message>
            <source>Deadlines, approval, fees and idle lock</source>
            <translation>回答期限、承認、手数料、自動ロック</translation>
        </message>
        <message>
            <source>日本語 or English, from the next start</source>
            <translation>日本語または English（次回の起動から）</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>{app} について(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>案件(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>ツール(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>(no applicant name)</source>
            <translation>（請求者名なし）</translation>
        </message>
        <message>
            <source>Merge {ref} into another case</source>
            <translation>{ref} をほかの案件に統合</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>表示(&amp;S)</translation>
        </message>
        <message>
            <source>Into case:</source>
            <translation>統合先の案件：</translation>
        </message>
        <message>
            <source>This case (emptied):</source>
            <translation>この案件（内容は空になります）：</translation>
        </message>
        <message>
            <source>Case kept:</source>
            <translation>残す案件：</translation>
        </message>
        <message>
            <source>{messages} message(s), {attachments} attachment(s), {notes} note(s)</source>
            <translation>メッセージ {messages} 件、添付ファイル {attachments} 件、メモ {notes} 件</translation>
        </message>
        <message>
            <source>What moves:</source>
            <translation>移動する内容：</translation>
        </message>
        <message>
            <source>The messages, attachments and notes of {ref} move to the case kept. Everything else of {ref} (its applicant, representative and identity records) is erased at once; this cannot be undone.</source>
            <translation>{ref} のメッセージ、添付ファイル、メモは残す案件に移動します。{ref} のそれ以外の情報（請求者、代理人、本人確認の記録）はただちに消去され、元に戻すことはできません。</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>統合(&amp;M)</translation>
        </message>
        <message>
            <source>Type the reference of the case to keep.</source>
            <translation>残す案件の受付番号を入力してください。</translation>
        </message>
        <message>
            <source>A case cannot be merged into itself.</source>
            <translation>案件をその案件自体に統合することはできません。</translation>
        </message>
    </context>
    <context>
        <name>MonthDialog</name>
        <message>
            <source>Monthly report</source>
            <translation>月次報告</translation>
        </message>
        <message>
            <source>PDF (A4)</source>
            <translation>PDF（A4）</translation>
        </message>
        <message>
            <source>CSV (Excel)</source>
            <translation>CSV（Excel）</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>形式</translation>
        </message>
    </context>
    <context>
        <name>OneShot</name>
        <message>
            <source>This could not be done; the log file has the details.</source>
            <translation>処理を完了できませんでした。詳細はログファイルに記録されています。</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>The case has no request for {type}.</source>
            <translation>この案件には「{type}」の請求がありません。</translation>
        </message>
        <message>
            <source>{type} has two outcomes; give one.</source>
            <translation>「{type}」に結果が 2 つ指定されています。1 つだけ指定してください。</translation>
        </message>
        <message>
            <source>Say on which legal ground {type} is refused.</source>
            <translation>「{type}」に応じない法的根拠を指定してください。</translation>
        </message>
        <message>
            <source>Only a request has outcomes per request type; this is a {kind}.</source>
            <translation>請求の種類ごとの結果があるのは請求だけです。この案件は{kind}です。</translation>
        </message>
        <message>
            <source>The manager is deciding on these outcomes; they change once the response is sent back.</source>
            <translation>これらの結果は責任者が判断中です。回答が差し戻された後に変更できます。</translation>
        </message>
        <message>
            <source>The response has gone out; reopen the case to change its outcomes.</source>
            <translation>回答は送付済みです。結果を変更するには案件を再開してください。</translation>
        </message>
    </context>
    <context>
        <name>OutcomesEditor</name>
        <message>
            <source>Request</source>
            <translation>請求</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Legal ground of a refusal</source>
            <translation>不対応（拒否）の法的根拠</translation>
        </message>
        <message>
            <source>Choose the legal ground…</source>
            <translation>法的根拠を選択…</translation>
        </message>
        <message>
            <source>Outcomes of {ref}</source>
            <translation>{ref} の請求ごとの結果</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>The letter's 記 section lists each request with its outcome.</source>
            <translation>文書の「記」には、請求ごとにその結果が記載されます。</translation>
        </message>
    </context>
    <context>
        <name>Panels</name>
        <message>
            <source>Identity</source>
            <translation>本人確認</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>回答期限</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>手数料</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>郵送</translation>
        </message>
        <message>
            <source>Data held</source>
            <translation>保有個人データ</translation>
        </message>
    </context>
    <context>
        <name>Parties</name>
        <message>
            <source>Enter the name as written by the applicant.</source>
            <translation>請求者の記載どおりに氏名を入力してください。</translation>
        </message>
        <message>
            <source>A name may have at most 200 characters.</source>
            <translation>氏名は 200 文字以内で入力してください。</translation>
        </message>
        <message>
            <source>This is not an email address (expected name@example.com).</source>
            <translation>メールアドレスの形式ではありません（例：name@example.com）。</translation>
        </message>
        <message>
            <source>A Japanese postal code has 7 digits, e.g. 530-0001.</source>
            <translation>日本の郵便番号は 7 桁です（例：530-0001）。</translation>
        </message>
        <message>
            <source>Give at least one way to reach the applicant (address, email, phone or fax).</source>
            <translation>請求者の連絡先（住所、メール、電話番号、FAX のいずれか）を 1 つ以上入力してください。</translation>
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation>電話番号の形式ではありません。</translation>
        </message>
        <message>
            <source>This phone number has the wrong number of digits.</source>
            <translation>電話番号の桁数が正しくありません。</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>As written by the sender, e.g. 山田 太郎</source>
            <translation>差出人の記載どおり（例：山田 太郎）</translation>
        </message>
        <message>
            <source>Furigana, e.g. ヤマダ タロウ</source>
            <translation>フリガナ（例：ヤマダ タロウ）</translation>
        </message>
        <message>
            <source>A Japanese postal code fills in the prefecture, city and town.</source>
            <translation>郵便番号を入力すると、都道府県・市区町村・町域が入力されます。</translation>
        </message>
        <message>
            <source>One line per element: prefecture, city, street, building</source>
            <translation>1行に1項目：都道府県、市区町村、番地、建物名</translation>
        </message>
        <message>
            <source>ISO country code: JP, DE, FR, GB …</source>
            <translation>ISO 国コード：JP、DE、FR、GB …</translation>
        </message>
        <message>
            <source>Legal representative (法定代理人)</source>
            <translation>法定代理人</translation>
        </message>
        <message>
            <source>Appointed agent with power of attorney (任意代理人・委任状)</source>
            <translation>任意代理人（委任状による）</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>区分:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名(&amp;N):</translation>
        </message>
        <message>
            <source>Furi&amp;gana:</source>
            <translation>フリガナ(&amp;G):</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>郵便番号:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>住所(&amp;A):</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>国:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>メール(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>電話番号(&amp;P):</translation>
        </message>
        <message>
            <source>Fa&amp;x:</source>
            <translation>FAX(&amp;X)：</translation>
        </message>
        <message>
            <source>Customer no.:</source>
            <translation>顧客番号:</translation>
        </message>
    </context>
    <context>
        <name>PollSummary</name>
        <message>
            <source>Imported {imported} new item(s) from the watched folder and mailbox; {refused} refused (see the rejected folder).</source>
            <translation>監視フォルダーとメールボックスから新しい項目を {imported} 件取り込みました。{refused} 件は拒否されました（拒否フォルダーを確認してください）。</translation>
        </message>
        <message>
            <source>Watched folder: {message}</source>
            <translation>監視フォルダー：{message}</translation>
        </message>
        <message>
            <source>Mailbox: {message}</source>
            <translation>メールボックス：{message}</translation>
        </message>
    </context>
    <context>
        <name>PostalPanel</name>
        <message>
            <source>Letters sent by post for this case. Registered mail (書留) needs the tracking number from the post office receipt. A letter that comes back pauses the clock until a valid address is known.</source>
            <translation>この案件で郵送した文書です。書留の場合は、郵便局の受領証に記載された追跡番号が必要です。文書が返送された場合は、有効な住所が判明するまで期限の停止となります。</translation>
        </message>
        <message>
            <source>Record &amp;returned mail…</source>
            <translation>返送の記録(&amp;R)…</translation>
        </message>
        <message>
            <source>Record a posting</source>
            <translation>発送の記録</translation>
        </message>
        <message>
            <source>Re&amp;gistered mail (書留)</source>
            <translation>書留(&amp;G)</translation>
        </message>
        <message>
            <source>e.g. 1234-5678-9012</source>
            <translation>例：1234-5678-9012</translation>
        </message>
        <message>
            <source>e.g. response letter with the disclosed data</source>
            <translation>例：開示する個人情報を記載した回答通知書</translation>
        </message>
        <message>
            <source>Record &amp;posting</source>
            <translation>発送を記録(&amp;P)</translation>
        </message>
        <message>
            <source>Posted &amp;on:</source>
            <translation>発送日(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Tracking number:</source>
            <translation>追跡番号(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;What was sent:</source>
            <translation>送付した内容(&amp;W):</translation>
        </message>
        <message>
            <source>Returned mail cannot be recorded in this state of the case</source>
            <translation>案件がこの状態のときは返送を記録できません</translation>
        </message>
        <message>
            <source>Select the posting that came back</source>
            <translation>返送された発送を選択してください</translation>
        </message>
        <message>
            <source>Already recorded as returned on {returned_on:%Y-%m-%d}</source>
            <translation>{returned_on:%Y-%m-%d} に返送済みとして記録されています</translation>
        </message>
        <message>
            <source>Record that this letter came back undeliverable (pauses the clock)</source>
            <translation>この文書が配達不能で返送されたことを記録します（期限の停止）</translation>
        </message>
        <message>
            <source>Recorded as {format_tracking}.</source>
            <translation>{format_tracking} として記録しました。</translation>
        </message>
        <message>
            <source>Registered mail needs the tracking number on the receipt (11–13 digits; international: e.g. RR123456789JP).</source>
            <translation>書留には受領証に記載された追跡番号が必要です（11～13桁。国際郵便の例：RR123456789JP）。</translation>
        </message>
        <message>
            <source>Ordinary mail has no tracking number; leave it empty.</source>
            <translation>普通郵便には追跡番号がありません。空欄のままにしてください。</translation>
        </message>
        <message>
            <source>Not recorded: check the tracking number.</source>
            <translation>記録されませんでした：追跡番号を確認してください。</translation>
        </message>
        <message>
            <source>Posting of {posted:%Y-%m-%d} recorded.</source>
            <translation>{posted:%Y-%m-%d} の発送を記録しました。</translation>
        </message>
        <message>
            <source>Returned mail recorded; the clock is paused until a valid address is known.</source>
            <translation>返送を記録しました。有効な住所が判明するまで期限の停止となります。</translation>
        </message>
    </context>
    <context>
        <name>PostingTableModel</name>
        <message>
            <source>Registered (書留)</source>
            <translation>書留</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>普通郵便</translation>
        </message>
        <message>
            <source>Came back undeliverable: the clock paused that day</source>
            <translation>配達不能で返送：その日から期限の停止</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Open a case to print its documents.</source>
            <translation>文書を印刷するには案件を開いてください。</translation>
        </message>
        <message>
            <source>Print preview {ref}</source>
            <translation>印刷プレビュー {ref}</translation>
        </message>
        <message>
            <source>Batch print</source>
            <translation>一括印刷</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview — {ref}</source>
            <translation>印刷プレビュー — {ref}</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>文書:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>言語:</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ 前へ</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>次へ ▶</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−)</source>
            <translation>縮小（Ctrl+−）</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>拡大（Ctrl++）</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>幅に合わせる</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF として保存…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <source>Send by email</source>
            <translation>メールで送付</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Cannot show the document</source>
            <translation>文書を表示できません</translation>
        </message>
        <message>
            <source>The template is not usable: {exc}</source>
            <translation>テンプレートを使用できません：{exc}</translation>
        </message>
        <message>
            <source>The response may not go out yet: it is a draft.</source>
            <translation>この回答はまだ送付できません。下書きの状態です。</translation>
        </message>
        <message>
            <source>No preview: see the message above.</source>
            <translation>プレビューはありません：上のメッセージを確認してください。</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>プレビューはありません。</translation>
        </message>
        <message>
            <source>Page {value} of {page_count}</source>
            <translation>{value} / {page_count} ページ</translation>
        </message>
        <message>
            <source>Print {ref}</source>
            <translation>{ref} を印刷</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>印刷に失敗しました</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF として保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation>PDF を保存できませんでした</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未送付</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>記録されませんでした</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printing needs the application running (a bug: no application object).</source>
            <translation>印刷にはアプリケーションの起動が必要です（不具合：アプリケーションオブジェクトがありません）。</translation>
        </message>
        <message>
            <source>No printer chosen.</source>
            <translation>プリンターが選択されていません。</translation>
        </message>
        <message>
            <source>The lp command (CUPS) is not installed.</source>
            <translation>lp コマンド（CUPS）がインストールされていません。</translation>
        </message>
        <message>
            <source>Printer {printer!r} refused the job: {error}</source>
            <translation>プリンター {printer!r} が印刷ジョブを拒否しました：{error}</translation>
        </message>
        <message>
            <source>There is no printer called {printer!r}.</source>
            <translation>プリンター {printer!r} は存在しません。</translation>
        </message>
        <message>
            <source>Printer {printer!r} could not be opened.</source>
            <translation>プリンター {printer!r} を開けませんでした。</translation>
        </message>
    </context>
    <context>
        <name>ProcessingRegister</name>
        <message>
            <source>The register is not valid TOML: {error}</source>
            <translation>取扱台帳が有効な TOML ではありません：{error}</translation>
        </message>
        <message>
            <source>{where}: “{key}” is missing or empty.</source>
            <translation>{where}：「{key}」がないか、空です。</translation>
        </message>
        <message>
            <source>[[{name}]]: at least one entry is needed.</source>
            <translation>[[{name}]]：項目が 1 つ以上必要です。</translation>
        </message>
        <message>
            <source>{where}: “name” is missing.</source>
            <translation>{where}：「name」がありません。</translation>
        </message>
        <message>
            <source>{where}: “role” must be “processor” or “third_party”.</source>
            <translation>{where}：「role」には「processor」または「third_party」を指定してください。</translation>
        </message>
        <message>
            <source>{where}: “country” must be a two-letter country code, e.g. US.</source>
            <translation>{where}：「country」には 2 文字の国コード（例：US）を指定してください。</translation>
        </message>
        <message>
            <source>{where}: “since” must be the first day of the provision, as YYYY-MM-DD.</source>
            <translation>{where}：「since」には提供を開始した日を YYYY-MM-DD の形式で指定してください。</translation>
        </message>
        <message>
            <source>The register {file} cannot be read: {error}</source>
            <translation>取扱台帳 {file} を読み取れません：{error}</translation>
        </message>
        <message>
            <source>The register was changed elsewhere after it was shown here ({sections}); nothing was saved. Your edits are still in the form: note them, press Revert to see the register as it is now, and make them again.</source>
            <translation>この画面に表示した後に、取扱台帳が別の場所で変更されました（{sections}）。保存していません。入力した内容はフォームに残っています。内容を控えてから「元に戻す」を押して現在の台帳を表示し、もう一度入力してください。</translation>
        </message>
        <message>
            <source>No office forms folder is set up.</source>
            <translation>窓口の様式フォルダーが設定されていません。</translation>
        </message>
        <message>
            <source>Cannot create the forms folder {folder}: {error}</source>
            <translation>様式フォルダー {folder} を作成できません：{error}</translation>
        </message>
        <message>
            <source>the whole register</source>
            <translation>台帳全体</translation>
        </message>
        <message>
            <source>The register could not be saved in {folder}: {error}</source>
            <translation>取扱台帳を {folder} に保存できませんでした：{error}</translation>
        </message>
    </context>
    <context>
        <name>Purge</name>
        <message>
            <source>This installation uses a database server. Backups are the server's job (pg_dump, or the server's backup tool). Purged cases' keys are destroyed, so their contents in any dump stay unreadable.</source>
            <translation>このインストールではデータベースサーバーを使用しています。バックアップはサーバー側で行います（pg_dump、またはサーバーのバックアップツール）。消去済みの案件の鍵は破棄されているため、どのダンプでもその内容は読み取れません。</translation>
        </message>
        <message>
            <source>{file} is the live database itself, not a backup. Choose a backup file made with `inquiry-desk backup`.</source>
            <translation>{file} は使用中のデータベースそのもので、バックアップではありません。`inquiry-desk backup` で作成したバックアップファイルを選択してください。</translation>
        </message>
        <message>
            <source>{path} cannot be read: {error}.</source>
            <translation>{path} を読み取れません：{error}。</translation>
        </message>
        <message>
            <source>{file} is not an Inquiry Desk backup (not an SQLite database).</source>
            <translation>{file} は Inquiry Desk のバックアップではありません（SQLite データベースではありません）。</translation>
        </message>
        <message>
            <source>{file} is damaged: {error}.</source>
            <translation>{file} は破損しています：{error}。</translation>
        </message>
        <message>
            <source>{file} is damaged (integrity check failed); choose another backup.</source>
            <translation>{file} は破損しています（整合性チェックに失敗しました）。別のバックアップを選択してください。</translation>
        </message>
        <message>
            <source>{file} is not an Inquiry Desk backup.</source>
            <translation>{file} は Inquiry Desk のバックアップではありません。</translation>
        </message>
        <message>
            <source>Choose another name: that file belongs to the live database.</source>
            <translation>別の名前を指定してください。そのファイルは使用中のデータベースのものです。</translation>
        </message>
        <message>
            <source>{file} was made on {date:%Y-%m-%d}, more than the erasure period of {days} days ago. Its key has been destroyed, as the privacy policy requires, so it can no longer be restored. Nothing was changed.</source>
            <translation>{file} は {date:%Y-%m-%d} に作成されたもので、消去期間の {days} 日を過ぎています。プライバシーポリシーに従い鍵は破棄済みのため、復元できません。何も変更していません。</translation>
        </message>
        <message>
            <source>The key of {file} is not on this computer: either it was destroyed with the erasure period, or this PC never had it (restore with --key-file and a key file exported after {date:%Y-%m-%d}). Nothing was changed.</source>
            <translation>{file} の鍵はこのPCにありません。消去期間の経過で破棄されたか、このPCが持っていなかった鍵です（{date:%Y-%m-%d} 以降に書き出した鍵ファイルを --key-file に指定して復元してください）。何も変更していません。</translation>
        </message>
        <message>
            <source>{file} is a backup of another installation; this database was left as it was. Restore it into its own data folder, after importing its key with `inquiry-desk key import`.</source>
            <translation>{file} は別のインストールのバックアップです。このデータベースは変更していません。`inquiry-desk key import` でその鍵を取り込んでから、そのバックアップ本来のデータフォルダーに復元してください。</translation>
        </message>
        <message>
            <source>This data folder already holds a database; restore without --key-file.</source>
            <translation>このデータフォルダーにはすでにデータベースがあります。--key-file を付けずに復元してください。</translation>
        </message>
        <message>
            <source>The key file and the backup belong to different installations.</source>
            <translation>鍵ファイルとバックアップが別のインストールのものです。</translation>
        </message>
        <message>
            <source>The backup could not be written into the database ({error}); the database was left as it was. Close other Inquiry Desk commands and try again.</source>
            <translation>バックアップをデータベースに書き込めませんでした（{error}）。データベースは変更していません。実行中の他の Inquiry Desk のコマンドを終了してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Enter a number of days from 0 to {maximum}.</source>
            <translation>0～{maximum} の日数を入力してください。</translation>
        </message>
        <message>
            <source>Type the reference {ref} to confirm the purge.</source>
            <translation>消去を確定するには、受付番号 {ref} を入力してください。</translation>
        </message>
        <message>
            <source>There is no case {ref}.</source>
            <translation>案件 {ref} は存在しません。</translation>
        </message>
        <message>
            <source>{ref} is not a case merged into another.</source>
            <translation>{ref} はほかの案件に統合された案件ではありません。</translation>
        </message>
        <message>
            <source>Only a finished case can be purged.</source>
            <translation>消去できるのは対応が終了した案件だけです。</translation>
        </message>
        <message>
            <source>Say why the hold is placed or lifted.</source>
            <translation>法的保全を設定または解除する理由を入力してください。</translation>
        </message>
        <message>
            <source>The case has been purged; only its anonymous register entry remains.</source>
            <translation>この案件は消去済みです。案件一覧には匿名の記録だけが残っています。</translation>
        </message>
        <message>
            <source>{ref} is already under legal hold.</source>
            <translation>{ref} はすでに法的保全の対象です。</translation>
        </message>
        <message>
            <source>{ref} is already not under legal hold.</source>
            <translation>{ref} はすでに法的保全の対象外です。</translation>
        </message>
        <message>
            <source>{count} original(s) in {place} not erased yet ({problem}); the next purge retries.</source>
            <translation>{place} の原本 {count} 件はまだ消去されていません（{problem}）。次回の消去で再試行します。</translation>
        </message>
        <message>
            <source>{place} could not be checked ({problem}).</source>
            <translation>{place} を確認できませんでした（{problem}）。</translation>
        </message>
        <message>
            <source>{file} is not an Inquiry Desk backup, or it is damaged.</source>
            <translation>{file} は Inquiry Desk のバックアップではないか、破損しています。</translation>
        </message>
        <message>
            <source>This computer's date is earlier than the last erasure of backup keys, so no backup can be made: check the date and time settings.</source>
            <translation>このPCの日付がバックアップ鍵の最後の破棄より前になっているため、バックアップを作成できません。日付と時刻の設定を確認してください。</translation>
        </message>
        <message>
            <source>the mail server could not be reached</source>
            <translation>メールサーバーに接続できません</translation>
        </message>
        <message>
            <source>the mail server refused the sign-in</source>
            <translation>メールサーバーがサインインを拒否しました</translation>
        </message>
        <message>
            <source>there is no mailbox password in this computer's keyring</source>
            <translation>このコンピューターのキーリングにメールボックスのパスワードがありません</translation>
        </message>
        <message>
            <source>the mail folder does not exist</source>
            <translation>メールフォルダーが存在しません</translation>
        </message>
        <message>
            <source>the mail server refused the deletion</source>
            <translation>メールサーバーが削除を拒否しました</translation>
        </message>
        <message>
            <source>a file could not be overwritten or deleted</source>
            <translation>ファイルを上書きまたは削除できませんでした</translation>
        </message>
        <message>
            <source>the folder could not be read</source>
            <translation>フォルダーを読み取れませんでした</translation>
        </message>
        <message>
            <source>the folder could not be checked</source>
            <translation>フォルダーを確認できませんでした</translation>
        </message>
        <message>
            <source>Mailbox folder {location}:</source>
            <translation>メールボックスのフォルダー {location}：</translation>
        </message>
        <message>
            <source>Watched folder {location}:</source>
            <translation>監視フォルダー {location}：</translation>
        </message>
        <message>
            <source>{erased} original(s) erased, {absent} no longer there, {pending} not yet erased</source>
            <translation>原本 消去 {erased} 件、既に存在しないもの {absent} 件、未消去 {pending} 件</translation>
        </message>
        <message>
            <source>{items} item(s), {bytes} bytes scanned, {hits} value(s) found in {where}</source>
            <translation>{items} 件・{bytes} バイトを検査、{where} で {hits} 件の値が見つかりました</translation>
        </message>
        <message>
            <source>{items} item(s), {bytes} bytes scanned, nothing found</source>
            <translation>{items} 件・{bytes} バイトを検査、何も見つかりませんでした</translation>
        </message>
        <message>
            <source>not done: {problem}</source>
            <translation>未実施：{problem}</translation>
        </message>
        <message>
            <source>the next purge tries again</source>
            <translation>次回の消去で再試行します</translation>
        </message>
    </context>
    <context>
        <name>PurgePanel</name>
        <message>
            <source>Legal hold…</source>
            <translation>法的保全…</translation>
        </message>
        <message>
            <source>Purge now…</source>
            <translation>今すぐ消去…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>最新の情報に更新</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Grace period after closing:</source>
            <translation>完了後の猶予期間:</translation>
        </message>
        <message>
            <source>Finished cases still holding personal data</source>
            <translation>対応が終了し、個人情報が残っている案件</translation>
        </message>
        <message>
            <source>Purge receipts</source>
            <translation>消去の証跡</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>The purge has not run yet.</source>
            <translation>消去はまだ実行されていません。</translation>
        </message>
        <message numerus="yes">
            <source>Last run {at}: %n case(s), check passed.</source>
            <translation>
                <numerusform>前回の実行 {at}：%n 件、検証に合格しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last run {at}: %n case(s), check FAILED.</source>
            <translation>
                <numerusform>前回の実行 {at}：%n 件、検証に失敗しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation>法的保全</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>先に案件を選択してください。</translation>
        </message>
        <message>
            <source>{ref} is on legal hold: lift the hold before purging it.</source>
            <translation>{ref} は法的保全中です。消去する前に保全を解除してください。</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>{ref} was purged, but an original outside the database is not erased yet: {details} It stays on the receipt as not done until a purge erases it.</source>
            <translation>{ref} を消去しましたが、データベース外の原本がまだ消去されていません：{details} 消去が完了するまで、受領記録に未完了として残ります。</translation>
        </message>
        <message>
            <source>{ref} was purged, but the erasure check found values still on disk. See the receipt and tell IT.</source>
            <translation>{ref} を消去しましたが、消去の検証でディスク上に値が残っていることが判明しました。証跡を確認し、情報システム部門に連絡してください。</translation>
        </message>
        <message>
            <source>Grace period</source>
            <translation>猶予期間</translation>
        </message>
    </context>
    <context>
        <name>PurgeReason</name>
        <message>
            <source>scheduled</source>
            <translation>定期消去</translation>
        </message>
        <message>
            <source>early, by a manager</source>
            <translation>責任者による早期消去</translation>
        </message>
        <message>
            <source>again after a restore</source>
            <translation>復元後の再消去</translation>
        </message>
        <message>
            <source>after a merge into another case</source>
            <translation>ほかの案件への統合後の消去</translation>
        </message>
    </context>
    <context>
        <name>PurgeTimer</name>
        <message numerus="yes">
            <source>Purge {at}: %n case(s) erased, erasure check passed</source>
            <translation>
                <numerusform>消去 {at}：%n 件の案件を消去、消去の検証に合格</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purge {at}: %n case(s) erased, ERASURE CHECK FAILED</source>
            <translation>
                <numerusform>消去 {at}：%n 件の案件を消去、【消去の検証に失敗】</numerusform>
            </translation>
        </message>
        <message>
            <source>Purged: {refs}</source>
            <translation>消去済み：{refs}</translation>
        </message>
        <message>
            <source>Purge {at}: nothing due</source>
            <translation>消去 {at}：対象の案件はありません</translation>
        </message>
        <message numerus="yes">
            <source> (%n on legal hold)</source>
            <translation>
                <numerusform>（法的保全中 %n 件）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Place legal hold — {ref}</source>
            <translation>法的保全の設定 — {ref}</translation>
        </message>
        <message>
            <source>Lift legal hold — {ref}</source>
            <translation>法的保全の解除 — {ref}</translation>
        </message>
        <message>
            <source>Reason (e.g. court case, regulator's inquiry)</source>
            <translation>理由（例：訴訟、監督機関からの照会）</translation>
        </message>
        <message>
            <source>&amp;Place hold</source>
            <translation>法的保全を設定(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Lift hold</source>
            <translation>法的保全を解除(&amp;L)</translation>
        </message>
        <message>
            <source>The reason is kept, encrypted, on the case's timeline.</source>
            <translation>理由は暗号化され、案件の経過記録に保存されます。</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsModel</name>
        <message>
            <source>not run</source>
            <translation>未実施</translation>
        </message>
        <message>
            <source>passed ({bytes} bytes scanned)</source>
            <translation>合格（{bytes} バイトを検査）</translation>
        </message>
        <message>
            <source>FAILED: {error}</source>
            <translation>失敗：{error}</translation>
        </message>
        <message>
            <source>FAILED: {hits} value(s) still found</source>
            <translation>失敗：{hits} 件の値がまだ残っています</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>{file} is JSON but not a list of records: expected a list of objects, or an object whose values are lists of objects.</source>
            <translation>{file} は JSON ですが、記録のリストではありません。オブジェクトのリスト、または値がオブジェクトのリストであるオブジェクトが必要です。</translation>
        </message>
        <message>
            <source>{file} has {count} columns; at most {limit} can be taken in.</source>
            <translation>{file} には {count} 列あります。取り込めるのは {limit} 列までです。</translation>
        </message>
        <message>
            <source>{file} has more than {rows} rows or {cells} values: it is not an export for one person.</source>
            <translation>{file} は {rows} 行または {cells} 個の値を超えています。1 人分のエクスポートではありません。</translation>
        </message>
        <message>
            <source>{file} is not valid JSON (line {line}, column {column}).</source>
            <translation>{file} は有効な JSON ではありません（{line} 行目、{column} 列目）。</translation>
        </message>
        <message>
            <source>{file} holds no records.</source>
            <translation>{file} には記録がありません。</translation>
        </message>
        <message>
            <source>{file} is {megabytes} MB; an export of one person's data can be at most {limit} MB.</source>
            <translation>{file} のサイズは {megabytes} MB です。1 人分のデータのエクスポートは {limit} MB までです。</translation>
        </message>
        <message>
            <source>{file} is empty.</source>
            <translation>{file} は空です。</translation>
        </message>
        <message>
            <source>{file} is an old Excel 97-2003 file (.xls); save it as .xlsx or CSV and add it again.</source>
            <translation>{file} は古い Excel 97-2003 形式のファイル（.xls）です。.xlsx または CSV で保存してから、もう一度追加してください。</translation>
        </message>
        <message>
            <source>{file}, {sheet}, row {row}, column {column} holds an Individual Number (マイナンバー), which must never be kept. Export the data again without that column; nothing was added.</source>
            <translation>{file} の {sheet}、行 {row}、列 {column} に個人番号（マイナンバー）が含まれています。個人番号は保管してはなりません。その列を除いてデータをエクスポートし直してください。何も追加していません。</translation>
        </message>
        <message>
            <source>{count} value(s) in column {column} look like payment card numbers: exclude or redact them before anything goes out.</source>
            <translation>列 {column} の {count} 件の値がクレジットカード番号のようです。送付する前に、開示対象から除外するかマスキングしてください。</translation>
        </message>
        <message>
            <source>{file} is in UTF-16; save it again as CSV UTF-8 or CSV (Shift_JIS).</source>
            <translation>{file} は UTF-16 で保存されています。CSV UTF-8 または CSV（Shift_JIS）で保存し直してください。</translation>
        </message>
        <message>
            <source>{file} is not a text file (it holds binary data).</source>
            <translation>{file} はテキストファイルではありません（バイナリデータを含んでいます）。</translation>
        </message>
        <message>
            <source>Unknown encoding {encoding}; use utf-8 or cp932.</source>
            <translation>不明な文字コード {encoding} です。utf-8 または cp932 を指定してください。</translation>
        </message>
        <message>
            <source>{file} is not valid {encoding} (byte {offset}).</source>
            <translation>{file} は {encoding} として正しくありません（{offset} バイト目）。</translation>
        </message>
        <message>
            <source>{file} could not be read as UTF-8 or Shift_JIS (CP932). Save it from the system or Excel as "CSV UTF-8", or name the encoding with --encoding.</source>
            <translation>{file} を UTF-8 としても Shift_JIS（CP932）としても読み取れませんでした。システムまたは Excel から「CSV UTF-8」形式で保存するか、--encoding で文字コードを指定してください。</translation>
        </message>
        <message>
            <source>{file}, line {line}: {count} fields where the header has {columns}. The file is damaged or has an unquoted comma; nothing was added.</source>
            <translation>{file} の {line} 行目：見出し行は {columns} 項目ですが、この行は {count} 項目です。ファイルが破損しているか、引用符で囲まれていないコンマがあります。何も追加していません。</translation>
        </message>
        <message>
            <source>{file}, line {line}: a value is longer than {limit} characters.</source>
            <translation>{file} の {line} 行目：{limit} 文字を超える値があります。</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}. Nothing was added.</source>
            <translation>{file} の {line} 行目：{problem}。何も追加していません。</translation>
        </message>
        <message>
            <source>{count} value(s) start like a spreadsheet formula; they are kept as text.</source>
            <translation>{count} 件の値が表計算ソフトの数式のように始まっています。テキストとして保持します。</translation>
        </message>
        <message>
            <source>{file} could not be read as an Excel workbook (.xlsx): the file is damaged.</source>
            <translation>{file} を Excel ブック（.xlsx）として読み取れませんでした：ファイルが破損しています。</translation>
        </message>
        <message>
            <source>{file} is a ZIP file but not an Excel workbook.</source>
            <translation>{file} は ZIP ファイルですが、Excel ブックではありません。</translation>
        </message>
        <message>
            <source>{file} unpacks to more than {megabytes} MB: it is not an export for one person.</source>
            <translation>{file} は展開すると {megabytes} MB を超えます。1 人分のエクスポートではありません。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, cell {cell}: a formula with no saved value. Open the file in Excel, save it, and add it again.</source>
            <translation>{file} のシート {sheet}、セル {cell}：値が保存されていない数式です。Excel でファイルを開いて保存してから、もう一度追加してください。</translation>
        </message>
        <message>
            <source>{file}: a value is longer than {limit} characters.</source>
            <translation>{file}：{limit} 文字を超える値があります。</translation>
        </message>
        <message>
            <source>The ZIP and the password letter need two different files.</source>
            <translation>ZIP とパスワード通知書には、別々のファイルを指定してください。</translation>
        </message>
        <message>
            <source>{ref} has no included records: add the data held first (`records {ref} add`).</source>
            <translation>{ref} には開示対象の記録がありません。先に保有個人データを追加してください（`records {ref} add`）。</translation>
        </message>
        <message>
            <source>{file} could not be written: {problem}</source>
            <translation>{file} に書き込めませんでした：{problem}</translation>
        </message>
        <message>
            <source>The personal data of {ref} has been erased.</source>
            <translation>{ref} の個人情報は消去済みです。</translation>
        </message>
        <message>
            <source>{ref} has no source {source}; see `inquiry-desk records {ref} list`.</source>
            <translation>{ref} にソース {source} はありません。`inquiry-desk records {ref} list` で確認してください。</translation>
        </message>
        <message>
            <source>There is no column {column}; give its number (1–{count}) or its name.</source>
            <translation>列 {column} はありません。列番号（1～{count}）または列名で指定してください。</translation>
        </message>
        <message>
            <source>The source needs a name.</source>
            <translation>ソースの名前を指定してください。</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file.</source>
            <translation>{file} はファイルではなくフォルダーです。</translation>
        </message>
        <message>
            <source>There is no file {file}.</source>
            <translation>ファイル {file} はありません。</translation>
        </message>
        <message>
            <source>{file} cannot be read: {problem}</source>
            <translation>{file} を読み取れません：{problem}</translation>
        </message>
        <message>
            <source>Name at least one row.</source>
            <translation>行を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <source>Source {source} has no row {row} (it has {count} rows).</source>
            <translation>ソース {source} に行 {row} はありません（{count} 行あります）。</translation>
        </message>
        <message>
            <source>Say why the value is withheld (e.g. a third party's name).</source>
            <translation>値を開示しない理由を入力してください（例：第三者の氏名）。</translation>
        </message>
        <message>
            <source>The reason is longer than {limit} characters.</source>
            <translation>理由が {limit} 文字を超えています。</translation>
        </message>
        <message>
            <source>Source {source} has no column {column} (it has {count}).</source>
            <translation>ソース {source} に列 {column} はありません（{count} 列あります）。</translation>
        </message>
        <message>
            <source>Row {row}, column {column} of source {source} is not redacted.</source>
            <translation>ソース {source} の行 {row}、列 {column} はマスキングされていません。</translation>
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <source>[redacted]</source>
            <translation>［マスキング済み］</translation>
        </message>
        <message>
            <source>Redacted: {reason}</source>
            <translation>マスキング済み：{reason}</translation>
        </message>
        <message>
            <source>Add export file…</source>
            <translation>エクスポートファイルを追加…</translation>
        </message>
        <message>
            <source>Remove source</source>
            <translation>ソースを削除</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>ソース：</translation>
        </message>
        <message>
            <source>Exclude selected rows</source>
            <translation>選択した行を開示対象から除外</translation>
        </message>
        <message>
            <source>Include selected rows</source>
            <translation>選択した行を開示対象に含める</translation>
        </message>
        <message>
            <source>Why the selected value is withheld, e.g. a third party's name</source>
            <translation>選択した値を開示しない理由（例：第三者の氏名）</translation>
        </message>
        <message>
            <source>Redact value</source>
            <translation>値をマスキング</translation>
        </message>
        <message>
            <source>Lift redaction</source>
            <translation>マスキングを解除</translation>
        </message>
        <message>
            <source>Export machine-readable copy…</source>
            <translation>機械可読形式の写しをエクスポート…</translation>
        </message>
        <message>
            <source>Encrypt, with the password on a separate letter</source>
            <translation>暗号化する（パスワードは別のパスワード通知書に記載）</translation>
        </message>
        <message>
            <source>{number}. {name} ({format}, {rows} rows)</source>
            <translation>{number}. {name}（{format}、{rows} 行）</translation>
        </message>
        <message>
            <source>No data held yet. Add the exports of the company's systems (CSV, XLSX or JSON).</source>
            <translation>保有個人データはまだありません。社内システムからのエクスポート（CSV、XLSX、JSON）を追加してください。</translation>
        </message>
        <message>
            <source>{included} of {rows} rows included, {redacted} value(s) redacted. File: {file}</source>
            <translation>{rows} 行中 {included} 行を開示対象、{redacted} 件の値をマスキング。ファイル：{file}</translation>
        </message>
        <message>
            <source>Add export file</source>
            <translation>エクスポートファイルの追加</translation>
        </message>
        <message>
            <source>System exports (*.csv *.txt *.xlsx *.json);;All files (*)</source>
            <translation>システムのエクスポート (*.csv *.txt *.xlsx *.json);;すべてのファイル (*)</translation>
        </message>
        <message numerus="yes">
            <source>Added %n source(s) from {file}.</source>
            <translation>
                <numerusform>{file} からソースを %n 件追加しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the rows first.</source>
            <translation>先に行を選択してください。</translation>
        </message>
        <message>
            <source>Select the value to redact in the table first.</source>
            <translation>先に表でマスキングする値を選択してください。</translation>
        </message>
        <message>
            <source>Save the machine-readable copy</source>
            <translation>機械可読形式の写しの保存</translation>
        </message>
        <message>
            <source>ZIP files (*.zip)</source>
            <translation>ZIP ファイル (*.zip)</translation>
        </message>
        <message>
            <source>Saved {file}. The password is on {letter}: send it separately from the file.</source>
            <translation>{file} を保存しました。パスワードは {letter} に記載しています。ファイルとは別に送付してください。</translation>
        </message>
        <message>
            <source>Saved {file} (not encrypted).</source>
            <translation>{file} を保存しました（暗号化なし）。</translation>
        </message>
    </context>
    <context>
        <name>RefusalGroundModel</name>
        <message>
            <source>Legal ground</source>
            <translation>不開示の理由</translation>
        </message>
        <message>
            <source>Refusals</source>
            <translation>不開示件数</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Reference</source>
            <translation>受付番号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付日</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>受付方法</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Request types</source>
            <translation>請求の種類</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>回答期限</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>残り日数</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Applicant names are stored encrypted, so this column cannot be sorted. Use the search box to find a name.</source>
            <translation>請求者の氏名は暗号化して保存されているため、この列は並べ替えできません。氏名は検索ボックスで検索してください。</translation>
        </message>
        <message>
            <source>Request types cannot be sorted; filter by them instead.</source>
            <translation>請求の種類では並べ替えできません。代わりにフィルターで絞り込んでください。</translation>
        </message>
        <message>
            <source>Sorted by due date. Cases waiting for the applicant have their clock paused.</source>
            <translation>回答期限順に並べ替えています。請求者の対応待ちの案件は期限の停止中です。</translation>
        </message>
        <message>
            <source>Awaiting applicant</source>
            <translation>請求者の対応待ち</translation>
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation>クリックすると {column} で並べ替えます。</translation>
        </message>
        <message>
            <source>Needs review: the import guessed some details; open the case to check them.</source>
            <translation>要確認：取り込み時に推定した項目があります。案件を開いて確認してください。</translation>
        </message>
        <message>
            <source>The stored record of this case failed its integrity check. Open the case to see how an administrator restores it; the other cases are not affected.</source>
            <translation>この案件の保存記録が整合性検査に不合格でした。管理者による復元方法は案件を開くと表示されます。ほかの案件には影響ありません。</translation>
        </message>
        <message>
            <source>Personal data of this case has been erased; the anonymous facts remain.</source>
            <translation>この案件の個人情報は消去済みです。匿名化された事実のみが残っています。</translation>
        </message>
        <message>
            <source>Waiting for the applicant: the clock is paused.</source>
            <translation>請求者の対応待ち：期限の停止中です。</translation>
        </message>
        <message>
            <source>— damaged record —</source>
            <translation>― 破損した記録 ―</translation>
        </message>
        <message>
            <source>Merged into {ref}</source>
            <translation>{ref} に統合</translation>
        </message>
        <message>
            <source> · hold</source>
            <translation> · 法的保全</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>停止中</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>{purposes} purposes of use, {categories} categories of data, {recipients} recipients ({third} of them third parties whose provision is recorded).</source>
            <translation>利用目的 {purposes} 件、個人データの項目 {categories} 件、委託先・提供先 {recipients} 件（うち第三者提供の記録がある第三者 {third} 件）。</translation>
        </message>
        <message>
            <source>&amp;Save register</source>
            <translation>取扱台帳を保存(&amp;S)</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>会社</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表者</translation>
        </message>
        <message>
            <source>Protection manager</source>
            <translation>個人情報保護管理者</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>保存期間</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>取得元</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>法的根拠</translation>
        </message>
        <message>
            <source>Rights</source>
            <translation>本人の権利</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>自動化された意思決定</translation>
        </message>
        <message>
            <source>Transfers abroad</source>
            <translation>外国への移転</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>安全管理措置</translation>
        </message>
        <message>
            <source>How to make a request</source>
            <translation>請求の方法</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Processor (委託)</source>
            <translation>委託先</translation>
        </message>
        <message>
            <source>Third party</source>
            <translation>第三者</translation>
        </message>
        <message>
            <source>Purposes of use</source>
            <translation>利用目的</translation>
        </message>
        <message>
            <source>Categories of data</source>
            <translation>個人データの項目</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>委託先・提供先</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>管理者</translation>
        </message>
        <message>
            <source>{page}, row {row}</source>
            <translation>{page}、{row} 行目</translation>
        </message>
        <message>
            <source>What the company does with personal data, as the letters print it: the purposes of use, the categories of data, the recipients and their countries, retention, source, rights and transfers. Each text has a Japanese (ja) and an English (en) version. A third party (not a processor) also needs the items provided and the first day of the provision (YYYY-MM-DD) for the records of provision.</source>
            <translation>会社が個人データをどう取り扱うかを、書面に印刷されるとおりに記載します：利用目的、個人データの項目、委託先・提供先とその国、保存期間、取得元、本人の権利、外国への移転。各項目に日本語（ja）と英語（en）があります。第三者（委託先でないもの）には、第三者提供記録のため、提供する項目と提供開始日（YYYY-MM-DD）も必要です。</translation>
        </message>
        <message>
            <source>Retention, source and rights</source>
            <translation>保存期間・取得元・権利</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>チェック</translation>
        </message>
        <message>
            <source>The register is complete: {summary}</source>
            <translation>取扱台帳に不備はありません：{summary}</translation>
        </message>
        <message>
            <source>Read from {file}</source>
            <translation>{file} から読み込みました</translation>
        </message>
        <message>
            <source>Saved to {file}</source>
            <translation>{file} に保存しました</translation>
        </message>
        <message>
            <source>Register saved; the next letters print from it.</source>
            <translation>取扱台帳を保存しました。次に作成する文書から反映されます。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search reference, name, furigana, email, phone, customer no.</source>
            <translation>受付番号、氏名、フリガナ、メール、電話番号、顧客番号で検索</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>未完了の案件</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>すべての受付方法</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>すべての区分</translation>
        </message>
        <message>
            <source>Any deadline</source>
            <translation>回答期限：指定なし</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Waiting on anyone</source>
            <translation>対応待ち：指定なし</translation>
        </message>
        <message>
            <source>Awaiting me</source>
            <translation>自分の対応待ち</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>Awaiting applicant</source>
            <translation>請求者の対応待ち</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>要確認</translation>
        </message>
        <message>
            <source>Awaiting me: your open cases that wait on you (and, for a manager, every case awaiting approval)</source>
            <translation>自分の対応待ち：自分の対応を待っている未完了の案件（責任者の場合は、承認待ちのすべての案件も含みます）</translation>
        </message>
        <message>
            <source>Cases with details the import guessed that nobody has confirmed yet</source>
            <translation>取り込み時に推定した項目が、まだ誰にも確認されていない案件</translation>
        </message>
        <message>
            <source>Include erased cases</source>
            <translation>消去済みの案件を含める</translation>
        </message>
        <message>
            <source>Erased (purged) cases keep an anonymous row for statistics.</source>
            <translation>消去済みの案件は、統計用に匿名の行として残ります。</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>検索(&amp;S):</translation>
        </message>
        <message>
            <source>No case matches “{text}”.</source>
            <translation>「{text}」に一致する案件はありません。</translation>
        </message>
        <message>
            <source>No case matches these filters.</source>
            <translation>この絞り込み条件に一致する案件はありません。</translation>
        </message>
        <message>
            <source>There are no cases yet.</source>
            <translation>案件はまだありません。</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Give the month as YYYY-MM, e.g. 2026-04.</source>
            <translation>月は YYYY-MM の形式で指定してください（例：2026-04）。</translation>
        </message>
    </context>
    <context>
        <name>ResponseDraft</name>
        <message>
            <source>The letter's text is limited to {count} characters.</source>
            <translation>回答文は {count} 文字以内で入力してください。</translation>
        </message>
        <message>
            <source>List at most {count} enclosures of at most {length} characters each.</source>
            <translation>同封物は {count} 件まで、各 {length} 文字以内で入力してください。</translation>
        </message>
    </context>
    <context>
        <name>ResponseTextPanel</name>
        <message>
            <source>The letter's own words</source>
            <translation>個別の回答文</translation>
        </message>
        <message>
            <source>This response may not go out yet (the manager's approval or the identity check is outstanding): it prints as a DRAFT and is not recorded as sent.</source>
            <translation>この回答はまだ送付できません（責任者の承認または本人確認が完了していません）。「下書き」として印刷され、送付済みとしては記録されません。</translation>
        </message>
        <message>
            <source>Your paragraph, printed after the opening</source>
            <translation>回答文（前文の後に印刷されます）</translation>
        </message>
        <message>
            <source>What is enclosed, one per line</source>
            <translation>同封物（1 行に 1 件）</translation>
        </message>
        <message>
            <source>Save te&amp;xt</source>
            <translation>回答文を保存(&amp;X)</translation>
        </message>
        <message>
            <source>Saved; the preview shows it.</source>
            <translation>保存しました。プレビューに反映されています。</translation>
        </message>
    </context>
    <context>
        <name>ReturnedMailDialog</name>
        <message>
            <source>Record returned mail</source>
            <translation>返送の記録</translation>
        </message>
        <message>
            <source>registered letter</source>
            <translation>書留の文書</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>The {kind} posted on {posted_on:%Y-%m-%d}{what} came back undeliverable. The clock pauses from that day until a valid address is known.</source>
            <translation>{posted_on:%Y-%m-%d} に発送した{kind}{what}が配達不能で返送されました。その日から有効な住所が判明するまで、期限の停止となります。</translation>
        </message>
        <message>
            <source>e.g. 宛所に尋ねあたりません (no such address), moved, refused</source>
            <translation>例：宛所に尋ねあたりません、転居先不明、受取拒絶</translation>
        </message>
        <message>
            <source>Came &amp;back on:</source>
            <translation>返送日(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>メモ(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Record returned mail</source>
            <translation>返送を記録(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Not a field an import suggests: {names}.</source>
            <translation>取り込みで推定する項目ではありません：{names}。</translation>
        </message>
        <message>
            <source>The personal data of {ref} has been erased; there is nothing to confirm.</source>
            <translation>{ref} の個人データは消去済みのため、確認する項目はありません。</translation>
        </message>
        <message>
            <source>Not marked as suggested on {ref}: {names}.</source>
            <translation>{ref} で推定として表示されていない項目です：{names}。</translation>
        </message>
    </context>
    <context>
        <name>ScheduledJobs</name>
        <message>
            <source>Purge failed ({error}); it is retried within the hour</source>
            <translation>消去に失敗しました（{error}）。1時間以内に再試行します</translation>
        </message>
    </context>
    <context>
        <name>Selftest</name>
        <message>
            <source>the Japanese fonts are missing from resources/fonts</source>
            <translation>resources/fonts に日本語フォントがありません</translation>
        </message>
        <message>
            <source>the bundled font cannot print Japanese</source>
            <translation>同梱のフォントでは日本語を印刷できません</translation>
        </message>
        <message>
            <source>{fonts} fonts, {documents} document templates</source>
            <translation>フォント {fonts} 件、文書テンプレート {documents} 件</translation>
        </message>
        <message>
            <source>schema {found} is not the current {current}</source>
            <translation>スキーマ {found} は最新の {current} ではありません</translation>
        </message>
        <message>
            <source>{where} at schema {schema}, {count} cases</source>
            <translation>{where}（スキーマ {schema}）、案件 {count} 件</translation>
        </message>
        <message>
            <source>main window constructed offscreen ({title})</source>
            <translation>メインウィンドウをオフスクリーンで構築しました（{title}）</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>リソース</translation>
        </message>
        <message>
            <source>database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <source>keyring</source>
            <translation>キーリング</translation>
        </message>
        <message>
            <source>master key found ({backend})</source>
            <translation>マスターキーが見つかりました（{backend}）</translation>
        </message>
        <message>
            <source>window</source>
            <translation>ウィンドウ</translation>
        </message>
        <message>
            <source>selftest passed</source>
            <translation>セルフテストに合格しました</translation>
        </message>
        <message>
            <source>selftest: {count} check(s) failed</source>
            <translation>セルフテスト：{count} 件のチェックに失敗しました</translation>
        </message>
        <message>
            <source>ok    {name}: {detail}</source>
            <translation>OK    {name}: {detail}</translation>
        </message>
        <message>
            <source>FAIL  {name}: {problem}</source>
            <translation>失敗  {name}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Approval settings are not valid JSON: {error}</source>
            <translation>承認の設定が有効な JSON ではありません：{error}</translation>
        </message>
        <message>
            <source>Approval settings: an object with "response_types" (a list of request types) and "refusals" (true or false) is expected.</source>
            <translation>承認の設定："response_types"（請求の種類のリスト）と "refusals"（true または false）を持つオブジェクトが必要です。</translation>
        </message>
        <message>
            <source>Approval settings: response_types must list request types among: {types}</source>
            <translation>承認の設定：response_types には次の請求の種類から指定してください：{types}</translation>
        </message>
        <message>
            <source>Approval settings: refusals must be true or false</source>
            <translation>承認の設定：refusals には true または false を指定してください</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} minutes.</source>
            <translation>{low}～{high} 分の範囲で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;Deadlines</source>
            <translation>回答期限(&amp;D)</translation>
        </message>
        <message>
            <source>A&amp;pproval</source>
            <translation>承認(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Fees</source>
            <translation>手数料(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Idle lock</source>
            <translation>自動ロック(&amp;I)</translation>
        </message>
        <message>
            <source>Lifecycle settings</source>
            <translation>ライフサイクルの設定</translation>
        </message>
        <message>
            <source>Only a manager can change these settings; they are shown read-only.</source>
            <translation>これらの設定を変更できるのは責任者のみです。読み取り専用で表示しています。</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>Register of processin&amp;g</source>
            <translation>個人データの取扱台帳(&amp;G)</translation>
        </message>
        <message>
            <source>Outgoing &amp;mail</source>
            <translation>送信メール(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Revert</source>
            <translation>元に戻す(&amp;R)</translation>
        </message>
        <message>
            <source>Show the saved settings again, dropping what was typed</source>
            <translation>入力した内容を破棄して、保存済みの設定を再表示します</translation>
        </message>
        <message>
            <source>Restore defaul&amp;ts</source>
            <translation>既定値に戻す(&amp;T)</translation>
        </message>
        <message>
            <source>Fill in the built-in defaults; nothing is saved until you press Save</source>
            <translation>組み込みの既定値を入力します。「保存」を押すまで保存されません</translation>
        </message>
        <message>
            <source>The defaults are filled in. Press Save to keep them.</source>
            <translation>既定値を入力しました。保持するには「保存」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Demo database: sign in as staff, manager or admin with the password “demo”.</source>
            <translation>デモ用データベース：staff、manager、admin のいずれかのユーザー名と、パスワード「demo」でサインインしてください。</translation>
        </message>
        <message>
            <source>Sign in — {APP_NAME}</source>
            <translation>サインイン — {APP_NAME}</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>サインイン</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>ユーザー名(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <source>Personal Information Inquiry Department. Sign in with your staff account.</source>
            <translation>個人情報お問い合わせ窓口。担当者アカウントでサインインしてください。</translation>
        </message>
    </context>
    <context>
        <name>StaleBanner</name>
        <message>
            <source>Reload the case, &amp;keep my changes</source>
            <translation>案件を再読み込み（入力内容は保持）(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Something unexpected went wrong. Your saved work is safe; the last action may not have completed. If it happens again, please tell IT.</source>
            <translation>予期しない問題が発生しました。保存済みの作業は失われていませんが、直前の操作が完了していない可能性があります。再発する場合は、情報システム部門に連絡してください。</translation>
        </message>
        <message>
            <source>Details for support were written to {path}.</source>
            <translation>サポート用の詳細情報を {path} に書き出しました。</translation>
        </message>
        <message>
            <source>Inquiry Desk is still opening its database. Try again in a moment.</source>
            <translation>Inquiry Desk はデータベースを開いている途中です。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {reason}.</source>
            <translation>データフォルダー {folder} を使用できません：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Unknown layout {layout}</source>
            <translation>不明なレイアウトです：{layout}</translation>
        </message>
        <message>
            <source>No template {file} in {folder}</source>
            <translation>{folder} にテンプレート {file} がありません</translation>
        </message>
        <message>
            <source>No [{language}] wording in the template</source>
            <translation>テンプレートに [{language}] の文面がありません</translation>
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in: {text}</source>
            <translation>不明なプレースホルダー {placeholder} があります：{text}</translation>
        </message>
    </context>
    <context>
        <name>ToolWindows</name>
        <message>
            <source>Audit log</source>
            <translation>監査ログ</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>担当者アカウント</translation>
        </message>
        <message>
            <source>Purge and retention</source>
            <translation>消去と保存期間</translation>
        </message>
        <message>
            <source>Lifecycle settings</source>
            <translation>ライフサイクルの設定</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translation>パスワードは {count} 文字以上にしてください。</translation>
        </message>
        <message>
            <source>Use letters, digits, '.', '-' or '_' for the user name.</source>
            <translation>ユーザー名には英字、数字、「.」「-」「_」を使用してください。</translation>
        </message>
        <message>
            <source>Enter the person's name as colleagues know it.</source>
            <translation>同僚に通じている氏名を入力してください。</translation>
        </message>
        <message>
            <source>Only an administrator can add users.</source>
            <translation>ユーザーを追加できるのはシステム管理者のみです。</translation>
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation>最初のアカウントはシステム管理者にする必要があります。</translation>
        </message>
        <message>
            <source>The user name {username} is taken.</source>
            <translation>ユーザー名 {username} はすでに使用されています。</translation>
        </message>
        <message>
            <source>The user name or password is wrong, or the account is locked after repeated failures. Try again later, or ask an administrator.</source>
            <translation>ユーザー名またはパスワードが違うか、失敗が続いたためアカウントがロックされています。しばらくしてからもう一度お試しいただくか、管理者にお問い合わせください。</translation>
        </message>
        <message>
            <source>There is no user {username}.</source>
            <translation>ユーザー {username} は存在しません。</translation>
        </message>
        <message>
            <source>{username} is the last active administrator and stays active.</source>
            <translation>{username} は最後の有効なシステム管理者のため、無効にできません。</translation>
        </message>
        <message>
            <source>{username} is the last active administrator and stays one.</source>
            <translation>{username} は最後の有効なシステム管理者のため、役割を変更できません。</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Staff accounts</source>
            <translation>担当者アカウント</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>無効化(&amp;D)</translation>
        </message>
        <message>
            <source>new password</source>
            <translation>新しいパスワード</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>パスワードをリセット(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>アカウントを追加(&amp;A)</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>新規アカウント</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Name in Japanese letters</source>
            <translation>文書に記載する氏名</translation>
        </message>
        <message>
            <source>Name in English letters</source>
            <translation>英文の文書に記載する氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Save &amp;letter name</source>
            <translation>文書の氏名を保存(&amp;L)</translation>
        </message>
        <message>
            <source>Letter names</source>
            <translation>文書に記載する氏名</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>有効化(&amp;A)</translation>
        </message>
        <message>
            <source>{username} now signs Japanese letters as {name} and English ones as {en}.</source>
            <translation>{username} の日本語の文書には「{name}」、英語の文書には「{en}」と記載されます。</translation>
        </message>
        <message>
            <source>In English letters, e.g. Yui Sato</source>
            <translation>英文の文書用（例：Yui Sato）</translation>
        </message>
        <message>
            <source>Password of {username} reset.</source>
            <translation>{username} のパスワードをリセットしました。</translation>
        </message>
        <message>
            <source>姓 名, e.g. 佐藤 結衣</source>
            <translation>姓 名（例：佐藤 結衣）</translation>
        </message>
        <message>
            <source>Reading, e.g. サトウ ユイ</source>
            <translation>フリガナ（例：サトウ ユイ）</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>無効</translation>
        </message>
    </context>
    <context>
        <name>Verification</name>
        <message>
            <source>the permanent-domicile line (本籍)</source>
            <translation>本籍欄</translation>
        </message>
        <message>
            <source>the Individual Number (or the copy destroyed)</source>
            <translation>個人番号（または写しの廃棄）</translation>
        </message>
        <message>
            <source>the insurer number</source>
            <translation>保険者番号</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items}または{last}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{kind}: confirm that {masked} is masked before the copy is kept</source>
            <translation>{kind}：写しを保管する前に{masked}がマスキングされていることを確認してください</translation>
        </message>
        <message>
            <source>{kind}: expired on {day:%Y-%m-%d}</source>
            <translation>{kind}：{day:%Y-%m-%d} に有効期限切れ</translation>
        </message>
        <message>
            <source>{kind}: enter its issue date</source>
            <translation>{kind}：発行日を入力してください</translation>
        </message>
        <message>
            <source>{kind}: issued on {issued:%Y-%m-%d}, must be issued within {months} months before receipt (on or after {oldest:%Y-%m-%d})</source>
            <translation>{kind}：発行日 {issued:%Y-%m-%d}。受付日前 {months} か月以内（{oldest:%Y-%m-%d} 以降）に発行されたものが必要です</translation>
        </message>
        <message>
            <source>the applicant</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>the representative</source>
            <translation>代理人</translation>
        </message>
        <message>
            <source>a second document of {whose} ({others}) — or one photo ID instead ({photo})</source>
            <translation>{whose}の2点目の書類（{others}）— または顔写真付きの本人確認書類1点（{photo}）</translation>
        </message>
        <message>
            <source>a photo ID of {whose} ({photo}), or two of: {others}</source>
            <translation>{whose}の顔写真付きの本人確認書類（{photo}）、または次のうち2点：{others}</translation>
        </message>
        <message>
            <source> — or check the sender against the registered account address</source>
            <translation> — または送信元を登録済みのアカウントのメールアドレスと照合</translation>
        </message>
        <message>
            <source>name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>a check that the {what} on the documents matches the request</source>
            <translation>書類の{what}が請求と一致することの確認</translation>
        </message>
        <message>
            <source>documents whose {what} matches the request (the {what} differs)</source>
            <translation>{what}が請求と一致する書類（{what}が異なります）</translation>
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <source>Rule: one photo ID, or two documents without a photo (写真付き本人確認書類1点、または写真なし2点).</source>
            <translation>基準：写真付き本人確認書類1点、または写真なしの本人確認書類2点。</translation>
        </message>
        <message>
            <source>Add evidence received</source>
            <translation>受け取った本人確認書類を追加</translation>
        </message>
        <message>
            <source>&amp;Issued on:</source>
            <translation>発行日(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Add evidence</source>
            <translation>本人確認書類を追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>書類(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Holder:</source>
            <translation>名義人(&amp;H):</translation>
        </message>
        <message>
            <source>Checks against the request</source>
            <translation>請求内容との照合</translation>
        </message>
        <message>
            <source>&amp;Name on the documents:</source>
            <translation>書類上の氏名(&amp;N):</translation>
        </message>
        <message>
            <source>Add&amp;ress on the documents:</source>
            <translation>書類上の住所(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Email from the registered account:</source>
            <translation>登録アカウントのメールアドレス(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Confirm masking of selected</source>
            <translation>選択した書類のマスキングを確認(&amp;C)</translation>
        </message>
        <message>
            <source>Mark &amp;verified</source>
            <translation>本人確認済みにする(&amp;V)</translation>
        </message>
        <message>
            <source>Mark &amp;failed</source>
            <translation>本人確認失敗にする(&amp;F)</translation>
        </message>
        <message>
            <source>De&amp;lete ID copies now</source>
            <translation>本人確認書類の写しを今すぐ削除(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Masked: {masking}</source>
            <translation>マスキング済み：{masking}(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Individual Number masked, or the copy destroyed (never keep it)</source>
            <translation>個人番号（マイナンバー）をマスキング済み、または写しを廃棄済み（保管しないこと）(&amp;I)</translation>
        </message>
        <message>
            <source>&lt;b style='color:#1e4620'&gt;Identity confirmed by the evidence recorded.&lt;/b&gt;</source>
            <translation>&lt;b style='color:#1e4620'&gt;記録された本人確認書類により、本人確認が完了しました。&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b style='color:#a40000'&gt;Not yet confirmed.&lt;/b&gt; Still missing: </source>
            <translation>&lt;b style='color:#a40000'&gt;まだ本人確認ができていません。&lt;/b&gt; 不足しているもの：</translation>
        </message>
        <message>
            <source>&lt;br&gt;Not accepted: </source>
            <translation>&lt;br&gt;受理しなかったもの：</translation>
        </message>
        <message>
            <source>&lt;br&gt;Decision: {decided} by {decided_by} on {decided_at:%Y-%m-%d %H:%M}</source>
            <translation>&lt;br&gt;判定：{decided}（{decided_by}、{decided_at:%Y-%m-%d %H:%M}）</translation>
        </message>
        <message>
            <source>De&amp;lete ID copies now ({copies})</source>
            <translation>本人確認書類の写しを今すぐ削除（{copies}）(&amp;L)</translation>
        </message>
        <message>
            <source>No ID copies held</source>
            <translation>保管中の本人確認書類の写しはありません</translation>
        </message>
        <message>
            <source>Select the document whose masking you have checked.</source>
            <translation>マスキングを確認した書類を選択してください。</translation>
        </message>
        <message>
            <source>Identity marked verified. Delete the ID copies now.</source>
            <translation>本人確認済みにしました。本人確認書類の写しを今すぐ削除してください。</translation>
        </message>
        <message>
            <source>Verification failed: the clock is paused until the applicant sends what is missing.</source>
            <translation>本人確認に失敗しました：請求者が不足しているものを送付するまで、期限の停止となります。</translation>
        </message>
        <message numerus="yes">
            <source>%n ID cop(y|ies) destroyed.</source>
            <translation>
                <numerusform>本人確認書類の写し %n 件を廃棄しました。</numerusform>
            </translation>
        </message>
    </context>
</TS>