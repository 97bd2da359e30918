<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server took longer than %n second(s) to send its answer, so SimFleet stopped waiting and kept nothing of it. Try again later; if it keeps happening, check your connection or raise the time limit in the settings.</source>
        <translation>
            <numerusform>Сервер передавал ответ дольше %n секунды, поэтому SimFleet перестал ждать и ничего из него не сохранил. Повторите попытку позже; если это повторяется, проверьте подключение или увеличьте предельное время в настройках.</numerusform>
            <numerusform>Сервер передавал ответ дольше %n секунд, поэтому SimFleet перестал ждать и ничего из него не сохранил. Повторите попытку позже; если это повторяется, проверьте подключение или увеличьте предельное время в настройках.</numerusform>
            <numerusform>Сервер передавал ответ дольше %n секунд, поэтому SimFleet перестал ждать и ничего из него не сохранил. Повторите попытку позже; если это повторяется, проверьте подключение или увеличьте предельное время в настройках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced, or kept sending, more than %n page(s) for one list; SimFleet does not read lists that long and stopped. Try again later; if it persists, contact NovaConnect support.</source>
        <translation>
            <numerusform>Сервер объявил или продолжал присылать больше %n страницы одного списка; SimFleet не читает такие длинные списки и остановился. Повторите попытку позже; если это повторяется, обратитесь в поддержку NovaConnect.</numerusform>
            <numerusform>Сервер объявил или продолжал присылать больше %n страниц одного списка; SimFleet не читает такие длинные списки и остановился. Повторите попытку позже; если это повторяется, обратитесь в поддержку NovaConnect.</numerusform>
            <numerusform>Сервер объявил или продолжал присылать больше %n страниц одного списка; SimFleet не читает такие длинные списки и остановился. Повторите попытку позже; если это повторяется, обратитесь в поддержку NovaConnect.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not create the folder %1 for the audit trail.</source>
        <translation>Не удалось создать папку %1 для журнала аудита.</translation>
    </message>
    <message>
        <source>Could not open the audit trail: %1</source>
        <translation>Не удалось открыть журнал аудита: %1</translation>
    </message>
    <message>
        <source>The audit trail %1 was written by a newer version of SimFleet.</source>
        <translation>Журнал аудита %1 записан более новой версией SimFleet.</translation>
    </message>
    <message>
        <source>The audit trail %1 is damaged and could not be set aside.</source>
        <translation>Журнал аудита %1 повреждён, и его не удалось отложить отдельным файлом.</translation>
    </message>
    <message>
        <source>Could not create the audit trail: %1</source>
        <translation>Не удалось создать журнал аудита: %1</translation>
    </message>
    <message>
        <source>Could not write to the audit trail: %1</source>
        <translation>Не удалось записать в журнал аудита: %1</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>audit action</comment>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <comment>audit action</comment>
        <translation>Повторить неудавшиеся</translation>
    </message>
    <message>
        <source>Sent again anyway</source>
        <comment>audit action: SIMs of unknown outcome sent again</comment>
        <translation>Повторно отправлено, несмотря на риск</translation>
    </message>
    <message>
        <source>Activate a SIM</source>
        <comment>audit action</comment>
        <translation>Активация SIM-карты</translation>
    </message>
    <message>
        <source>Bind the number</source>
        <comment>audit action</comment>
        <translation>Привязка номера</translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <comment>audit action</comment>
        <translation>Замена SIM-карты</translation>
    </message>
</context>
<context>
    <name>BillBatchDownload</name>
    <message>
        <source>--out goes with --all; for one bill (--id) use --output.</source>
        <translation>--out используется с --all; для одного счёта (--id) укажите --output.</translation>
    </message>
    <message>
        <source>--%1 goes with --all.</source>
        <translation>--%1 используется только с --all.</translation>
    </message>
    <message>
        <source>Give either --id N (one bill) or --all (every bill), not both.</source>
        <translation>Укажите либо --id N (один счёт), либо --all (все счета), но не оба.</translation>
    </message>
    <message>
        <source>Give either --transcript or --both, not both.</source>
        <translation>Укажите либо --transcript, либо --both, но не оба.</translation>
    </message>
    <message>
        <source>--output is for one bill (--id); with --all, --out names the folder.</source>
        <translation>--output — для одного счёта (--id); с --all папку задаёт --out.</translation>
    </message>
    <message>
        <source>--all needs --out DIR: the folder to save the files in.</source>
        <translation>Для --all нужен --out ПАПКА: папка, куда сохранить файлы.</translation>
    </message>
    <message>
        <source>--from-period takes a month as YYYY-MM (for example 2026-03), not "%1".</source>
        <translation>--from-period принимает месяц в виде ГГГГ-ММ (например, 2026-03), а не «%1».</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>папку не удаётся создать</translation>
    </message>
    <message>
        <source>Bill %1 left out: its period "%2" is not a month, so it cannot be compared with --from-period.</source>
        <translation>Счёт %1 пропущен: его период «%2» не является месяцем, поэтому его нельзя сравнить с --from-period.</translation>
    </message>
    <message>
        <source>Skipped bill %1: its file name %2 is that of another bill's file.</source>
        <translation>Счёт %1 пропущен: имя его файла %2 совпадает с именем файла другого счёта.</translation>
    </message>
    <message>
        <source>Skipped %1: it exists already (--overwrite replaces it).</source>
        <translation>Пропущен %1: файл уже есть (--overwrite заменяет его).</translation>
    </message>
    <message>
        <source>Downloading %1/%2: %3 …</source>
        <translation>Скачивание %1/%2: %3 …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 не сохранён: %2</translation>
    </message>
    <message>
        <source>No bill has a period from --from-period on.</source>
        <translation>Нет счетов с периодом начиная с --from-period.</translation>
    </message>
    <message>
        <source>The account has no bills.</source>
        <translation>У учётной записи нет счетов.</translation>
    </message>
    <message>
        <source>Saved: %1, skipped: %2, failed: %3 (in %4).</source>
        <translation>Сохранено: %1, пропущено: %2, с ошибкой: %3 (в %4).</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n file(s) not downloaded. The file in progress was not left behind; run the command again to download the rest.</source>
        <translation>
            <numerusform>Прервано: не скачан %n файл. Недокачанный файл не оставлен; запустите команду снова, чтобы скачать остальное.</numerusform>
            <numerusform>Прервано: не скачано %n файла. Недокачанный файл не оставлен; запустите команду снова, чтобы скачать остальное.</numerusform>
            <numerusform>Прервано: не скачано %n файлов. Недокачанный файл не оставлен; запустите команду снова, чтобы скачать остальное.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded; no partial file was left. Run the command again to retry them (saved files are skipped).</source>
        <translation>
            <numerusform>Не удалось скачать %n файл; недокачанных файлов не осталось. Запустите команду снова, чтобы повторить (сохранённые файлы будут пропущены).</numerusform>
            <numerusform>Не удалось скачать %n файла; недокачанных файлов не осталось. Запустите команду снова, чтобы повторить (сохранённые файлы будут пропущены).</numerusform>
            <numerusform>Не удалось скачать %n файлов; недокачанных файлов не осталось. Запустите команду снова, чтобы повторить (сохранённые файлы будут пропущены).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillsCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата зачисления оплаты</translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation>Стоимость, EUR</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n счёт</numerusform>
            <numerusform>%n счёта</numerusform>
            <numerusform>%n счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>--output needs a file or folder name.</source>
        <translation>Для --output укажите имя файла или папки.</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>Скачивание: %1 из %2</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>Скачивание: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Сохранено: %1 (%2).</translation>
    </message>
    <message>
        <source>Say which bill: --id N for one bill, or --all for every bill.</source>
        <translation>Укажите, какой счёт: --id N для одного счёта или --all для всех счетов.</translation>
    </message>
</context>
<context>
    <name>BulkJobRunner</name>
    <message>
        <source>Not sent: SimFleet stopped before this part was sent.</source>
        <translation>Не отправлено: SimFleet завершил работу до отправки этой части.</translation>
    </message>
    <message>
        <source>%1 NovaConnect may have queued this part. SimFleet checks the SIMs: those not seen in the requested state in time are marked unconfirmed and can then be sent again.</source>
        <translation>%1 NovaConnect мог поставить эту часть в очередь. SimFleet проверяет SIM-карты: те, у которых запрошенное состояние не появится вовремя, будут отмечены как неподтверждённые, и тогда их можно отправить повторно.</translation>
    </message>
    <message>
        <source>%1 NovaConnect may have queued this part, and SimFleet cannot check this operation. It is not sent again with the failed SIMs: sending it again anyway may do it twice.</source>
        <translation>%1 NovaConnect мог поставить эту часть в очередь, а проверить результат этой операции SimFleet не может. Она не отправляется повторно вместе с SIM-картами с ошибкой: повторная отправка может выполнить её дважды.</translation>
    </message>
    <message>
        <source>SimFleet stopped while this part was being sent.</source>
        <translation>SimFleet завершил работу во время отправки этой части.</translation>
    </message>
    <message>
        <source>No clear answer from NovaConnect (%1).</source>
        <translation>NovaConnect не дал однозначного ответа (%1).</translation>
    </message>
    <message>
        <source>%1 The operator may have made this change. SimFleet reads the SIM to see whether it did.</source>
        <translation>%1 Оператор мог выполнить это изменение. SimFleet читает SIM-карту, чтобы узнать, выполнено ли оно.</translation>
    </message>
    <message>
        <source>%1 The operator may have made this change, and SimFleet cannot check this operation. It is not sent again with the failed SIMs: sending it again anyway may do it twice.</source>
        <translation>%1 Оператор мог выполнить это изменение, а проверить результат этой операции SimFleet не может. Она не отправляется повторно вместе с SIM-картами с ошибкой: повторная отправка может выполнить её дважды.</translation>
    </message>
    <message>
        <source>SimFleet stopped while this change was being sent.</source>
        <translation>SimFleet остановился во время отправки этого изменения.</translation>
    </message>
    <message>
        <source>No clear answer from the operator (%1).</source>
        <translation>Нет однозначного ответа от оператора (%1).</translation>
    </message>
    <message>
        <source>No clear answer came, and the SIM read afterwards is not in the requested state: the change was not made. "Retry failed" sends it again.</source>
        <translation>Однозначного ответа не было, а прочитанная затем SIM-карта не в запрошенном состоянии: изменение не выполнено. «Повторить неудавшиеся» отправит его снова.</translation>
    </message>
    <message>
        <source>No clear answer came, and the SIM could not be read to check it (%1). Look at the SIM before "Retry failed" sends it again.</source>
        <translation>Однозначного ответа не было, и SIM-карту не удалось прочитать для проверки (%1). Посмотрите на SIM-карту, прежде чем «Повторить неудавшиеся» отправит изменение снова.</translation>
    </message>
</context>
<context>
    <name>BulkJobText</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>SIM outcome</comment>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>SIM outcome</comment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>SIM outcome</comment>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>SIM outcome</comment>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>SIM outcome</comment>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>SIM outcome</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>job state</comment>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job state</comment>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <comment>job state</comment>
        <translation>Выполнено с ошибками</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>job state</comment>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>job state</comment>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>SIM outcome</comment>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>job state</comment>
        <translation>Результат неизвестен</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>выполнено: %Ln</numerusform>
            <numerusform>выполнено: %Ln</numerusform>
            <numerusform>выполнено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>отправлено: %Ln</numerusform>
            <numerusform>отправлено: %Ln</numerusform>
            <numerusform>отправлено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unconfirmed</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>не подтверждено: %Ln</numerusform>
            <numerusform>не подтверждено: %Ln</numerusform>
            <numerusform>не подтверждено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>в очереди: %Ln</numerusform>
            <numerusform>в очереди: %Ln</numerusform>
            <numerusform>в очереди: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to be sent</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>ждут отправки: %Ln</numerusform>
            <numerusform>ждут отправки: %Ln</numerusform>
            <numerusform>ждут отправки: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>пропущено: %Ln</numerusform>
            <numerusform>пропущено: %Ln</numerusform>
            <numerusform>пропущено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>ошибка: %Ln</numerusform>
            <numerusform>ошибка: %Ln</numerusform>
            <numerusform>ошибка: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>count of SIMs in a job whose outcome is unknown</comment>
        <translation>
            <numerusform>результат неизвестен: %Ln</numerusform>
            <numerusform>результат неизвестен: %Ln</numerusform>
            <numerusform>результат неизвестен: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the provider's queue status of a SIM</comment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>the provider's queue status of a SIM</comment>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>not found in the fleet</source>
        <translation>не найдена в парке</translation>
    </message>
    <message>
        <source>already has this data limit</source>
        <translation>лимит трафика уже такой</translation>
    </message>
    <message>
        <source>already has this package</source>
        <translation>пакет уже такой</translation>
    </message>
    <message>
        <source>its current groups are not known</source>
        <translation>её текущие группы неизвестны</translation>
    </message>
    <message>
        <source>already in these groups</source>
        <translation>уже в этих группах</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Say what to do: %1 AREA ACTION [OPTIONS]. Run "%1 --help" to see the areas and actions.</source>
        <translation>Укажите, что сделать: %1 РАЗДЕЛ ДЕЙСТВИЕ [ПАРАМЕТРЫ]. Список разделов и действий: «%1 --help».</translation>
    </message>
    <message>
        <source>Unknown area "%1". Run "%2 --help" to see the areas.</source>
        <translation>Неизвестный раздел «%1». Список разделов: «%2 --help».</translation>
    </message>
    <message>
        <source>Say which %1 action to run. Run "%2 %1 --help" to see them.</source>
        <translation>Укажите действие в разделе %1. Список действий: «%2 %1 --help».</translation>
    </message>
    <message>
        <source>Unknown action "%1" for %2. Run "%3 %2 --help" to see the actions.</source>
        <translation>Неизвестное действие «%1» в разделе %2. Список действий: «%3 %2 --help».</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>%1 %2 does not take the option --%3. Run "%4 %1 --help" to see its options.</source>
        <translation>У действия «%1 %2» нет параметра --%3. Список его параметров: «%4 %1 --help».</translation>
    </message>
    <message>
        <source>Cannot use the API address "%1": %2</source>
        <translation>Нельзя использовать адрес API «%1»: %2</translation>
    </message>
    <message>
        <source>No access token. Either set the SIMFLEET_TOKEN environment variable to a token created in the web cabinet (My profile → Access tokens), or sign in once with the SimFleet desktop app for %1 so that it keeps the token in the system keychain.</source>
        <translation>Нет токена доступа. Задайте в переменной окружения SIMFLEET_TOKEN токен, созданный в личном кабинете (Мой профиль → Токены доступа), или один раз войдите в настольное приложение SimFleet с адресом %1, чтобы оно сохранило токен в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Ответ хранилища паролей: %1</translation>
    </message>
    <message>
        <source>Unknown provider "%1": use nova or v2.</source>
        <translation>Неизвестный оператор «%1»: укажите nova или v2.</translation>
    </message>
    <message>
        <source>The v2 area is the second operator's: leave out --provider or give --provider v2.</source>
        <translation>Раздел v2 относится ко второму оператору: уберите --provider или укажите --provider v2.</translation>
    </message>
    <message>
        <source>The second operator's commands are in the v2 area. Run "%1 v2 --help" to see them.</source>
        <translation>Команды второго оператора находятся в разделе v2. Запустите «%1 v2 --help», чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Give the second operator's address with --api-url or SIMFLEET_API_URL (it ends in /api/v2).</source>
        <translation>Укажите адрес второго оператора в --api-url или SIMFLEET_API_URL (он оканчивается на /api/v2).</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Bills: list them and download invoices and transcripts</source>
        <translation>Счета — список, скачивание счетов и расшифровок</translation>
    </message>
    <message>
        <source>List bills</source>
        <translation>Список счетов</translation>
    </message>
    <message>
        <source>Bill id</source>
        <translation>ID счёта</translation>
    </message>
    <message>
        <source>The transcript (usage details, XLSX) instead of the invoice</source>
        <translation>Расшифровку счёта (детализация, XLSX) вместо самого счёта</translation>
    </message>
    <message>
        <source>File or folder to save to (default: invoice-&lt;id&gt;.pdf or transcript-&lt;id&gt;.xlsx in the current folder)</source>
        <translation>Файл или папка для сохранения (по умолчанию invoice-&lt;id&gt;.pdf или transcript-&lt;id&gt;.xlsx в текущей папке)</translation>
    </message>
    <message>
        <source>API address (default: $SIMFLEET_API_URL, else the NovaConnect address); https is required except for this computer</source>
        <translation>Адрес API (по умолчанию $SIMFLEET_API_URL, иначе адрес NovaConnect); https обязателен, кроме адресов этого компьютера</translation>
    </message>
    <message>
        <source>Language of messages and of the server's answers (default: the system language)</source>
        <translation>Язык сообщений и ответов сервера (по умолчанию язык системы)</translation>
    </message>
    <message>
        <source>Print results as JSON</source>
        <translation>Выводить результаты в формате JSON</translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without data (default: 30)</source>
        <translation>Через сколько секунд без данных прерывать запрос (по умолчанию 30)</translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation>Показать справку и выйти</translation>
    </message>
    <message>
        <source>Your company's account</source>
        <translation>Учётная запись вашей компании</translation>
    </message>
    <message>
        <source>Show the company, its contract and balance</source>
        <translation>Показать компанию, её договор и баланс</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID группы</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Groups of SIM cards</source>
        <translation>Группы SIM-карт</translation>
    </message>
    <message>
        <source>List groups</source>
        <translation>Список групп</translation>
    </message>
    <message>
        <source>Only groups whose name contains this text</source>
        <translation>Только группы, в названии которых есть этот текст</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Создать группу</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Your own user profile</source>
        <translation>Ваш профиль пользователя</translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation>Показать ваш профиль</translation>
    </message>
    <message>
        <source>Change your name or email; only the options given are changed</source>
        <translation>Изменить имя или эл. почту; меняются только указанные параметры</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Change your password: the old and the new password are read from two lines of standard input, or from SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD</source>
        <translation>Сменить пароль: старый и новый пароли читаются из двух строк стандартного ввода или из SIMFLEET_OLD_PASSWORD и SIMFLEET_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>Only these SIM ids</source>
        <translation>Только SIM-карты с этими ID</translation>
    </message>
    <message>
        <source>Only SIMs of these group ids</source>
        <translation>Только SIM-карты из групп с этими ID</translation>
    </message>
    <message>
        <source>Traffic and usage reports (operator data arrives a day late)</source>
        <translation>Отчёты по трафику и использованию (данные оператора поступают с задержкой в сутки)</translation>
    </message>
    <message>
        <source>Sessions report</source>
        <translation>Отчёт по сессиям</translation>
    </message>
    <message>
        <source>Daily traffic report</source>
        <translation>Отчёт по дням</translation>
    </message>
    <message>
        <source>SMS &amp; calls report</source>
        <translation>Отчёт по СМС и звонкам</translation>
    </message>
    <message>
        <source>SIM ids or ICCIDs, separated by commas</source>
        <translation>ID или ICCID SIM-карт через запятую</translation>
    </message>
    <message>
        <source>File with one SIM id or ICCID per line (blank lines and # comments ignored)</source>
        <translation>Файл с одним ID или ICCID SIM-карты на строку (пустые строки и комментарии # пропускаются)</translation>
    </message>
    <message>
        <source>Address NovaConnect posts the job's progress to</source>
        <translation>Адрес, на который NovaConnect отправляет ход выполнения задания</translation>
    </message>
    <message>
        <source>Block SIM cards</source>
        <translation>Заблокировать SIM-карты</translation>
    </message>
    <message>
        <source>Unblock SIM cards</source>
        <translation>Разблокировать SIM-карты</translation>
    </message>
    <message>
        <source>Reconnect (soft reset); NovaConnect performs it as a disconnect from the network</source>
        <translation>Перезагрузить (мягкий сброс); NovaConnect выполняет это как отключение от сети</translation>
    </message>
    <message>
        <source>Disconnect SIM cards from the network</source>
        <translation>Отключить SIM-карты от сети</translation>
    </message>
    <message>
        <source>Ping SIM cards with an SMS "PING" (TD profile only)</source>
        <translation>Отправить SIM-картам пинг — СМС «PING» (только профиль TD)</translation>
    </message>
    <message>
        <source>Send an SMS (TD profile only)</source>
        <translation>Отправить СМС (только профиль TD)</translation>
    </message>
    <message>
        <source>SMS text, at most 70 characters</source>
        <translation>Текст СМС, не более 70 символов</translation>
    </message>
    <message>
        <source>Set the data limit (TC profile only)</source>
        <translation>Установить лимит трафика (только профиль TC)</translation>
    </message>
    <message>
        <source>No limit, or a limit per calendar month</source>
        <translation>Без лимита или лимит на календарный месяц</translation>
    </message>
    <message>
        <source>Data limit in MB (for month1)</source>
        <translation>Лимит трафика в МБ (для month1)</translation>
    </message>
    <message>
        <source>Change the tariff plan (TD profile only)</source>
        <translation>Сменить тарифный план (только профиль TD)</translation>
    </message>
    <message>
        <source>Package size: 15 to 100 MB in steps of 5 MB</source>
        <translation>Размер пакета: от 15 до 100 МБ с шагом 5 МБ</translation>
    </message>
    <message>
        <source>Renew the package automatically</source>
        <translation>Продлевать пакет автоматически</translation>
    </message>
    <message>
        <source>Worldwide roaming (TD_Mega)</source>
        <translation>Роуминг во всём мире (TD_Mega)</translation>
    </message>
    <message>
        <source>Re-add the package (TD profile only)</source>
        <translation>Переподключить пакет (только профиль TD)</translation>
    </message>
    <message>
        <source>Set the groups of SIM cards (replaces their groups)</source>
        <translation>Назначить группы SIM-картам (заменяет их текущие группы)</translation>
    </message>
    <message>
        <source>Existing group ids</source>
        <translation>ID существующих групп</translation>
    </message>
    <message>
        <source>Groups to create on the fly (existing names are reused)</source>
        <translation>Группы, которые нужно создать (если группа с таким названием уже есть, используется она)</translation>
    </message>
    <message>
        <source>SIM cards: list them and queue bulk operations</source>
        <translation>SIM-карты — список и массовые операции через очередь</translation>
    </message>
    <message>
        <source>List SIM cards (every page unless --page or --size is given)</source>
        <translation>Список SIM-карт (все страницы, если не указан --page или --size)</translation>
    </message>
    <message>
        <source>Only SIMs of this profile</source>
        <translation>Только SIM-карты этого профиля</translation>
    </message>
    <message>
        <source>Only blocked or only active SIMs</source>
        <translation>Только заблокированные или только незаблокированные SIM-карты</translation>
    </message>
    <message>
        <source>Only SIMs blocked, or not blocked, by the MSU limit</source>
        <translation>Только SIM-карты с блокировкой по MSU или только без неё</translation>
    </message>
    <message>
        <source>Search in ICCID, number and name</source>
        <translation>Поиск по ICCID, номеру и названию</translation>
    </message>
    <message>
        <source>Sort by this field (id, iccid, number, name, ...)</source>
        <translation>Сортировать по этому полю (id, iccid, number, name, ...)</translation>
    </message>
    <message>
        <source>Sort in descending order</source>
        <translation>Сортировать по убыванию</translation>
    </message>
    <message>
        <source>Only this page (from 0)</source>
        <translation>Только эта страница (нумерация с 0)</translation>
    </message>
    <message>
        <source>Page size, 1 to 1000 (with --page)</source>
        <translation>Размер страницы, от 1 до 1000 (вместе с --page)</translation>
    </message>
    <message>
        <source>Rename one SIM card</source>
        <translation>Переименовать одну SIM-карту</translation>
    </message>
    <message>
        <source>SIM id</source>
        <translation>ID SIM-карты</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Role code: admin or user</source>
        <translation>Код роли: admin или user</translation>
    </message>
    <message>
        <source>The company's users</source>
        <translation>Пользователи компании</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>Список пользователей</translation>
    </message>
    <message>
        <source>Email the sign-in details to the user</source>
        <translation>Отправить пользователю данные для входа по электронной почте</translation>
    </message>
    <message>
        <source>Change a user; only the options given are changed</source>
        <translation>Изменить пользователя; меняются только указанные параметры</translation>
    </message>
    <message>
        <source>Enable or disable the user</source>
        <translation>Включить или отключить пользователя</translation>
    </message>
    <message>
        <source>Delete a user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <source>Only show which SIMs the operation applies to and which are skipped, and why; send nothing</source>
        <translation>Только показать, к каким SIM-картам применима операция, какие будут пропущены и почему; ничего не отправлять</translation>
    </message>
    <message>
        <source>Set a password, read from one line of standard input or from SIMFLEET_NEW_PASSWORD (never from the command line)</source>
        <translation>Задать пароль: он читается из одной строки стандартного ввода или из SIMFLEET_NEW_PASSWORD (никогда из командной строки)</translation>
    </message>
    <message>
        <source>Create a user; without --set-password the server generates the password</source>
        <translation>Создать пользователя; без --set-password пароль создаст сервер</translation>
    </message>
    <message>
        <source>Time zone of the provider's calendar days, an IANA id such as Asia/Almaty (default: the desktop app's setting for this API address, else Asia/Almaty)</source>
        <translation>Часовой пояс календарных дней провайдера, идентификатор IANA, например Asia/Almaty (по умолчанию — настройка приложения для этого адреса API, иначе Asia/Almaty)</translation>
    </message>
    <message>
        <source>First day of the provider's calendar, YYYY-MM-DD or DD-MM-YYYY (default: 30 days ago)</source>
        <translation>Первый день по календарю провайдера, ГГГГ-ММ-ДД или ДД-ММ-ГГГГ (по умолчанию 30 дней назад)</translation>
    </message>
    <message>
        <source>Last day of the provider's calendar (default: the provider's today)</source>
        <translation>Последний день по календарю провайдера (по умолчанию сегодняшний день провайдера)</translation>
    </message>
    <message>
        <source>Send in chunks and follow the job to the end; exit 3 if any SIM failed or its outcome stayed unknown (listed apart), 5 if another SimFleet program is using the account's job journal</source>
        <translation>Отправлять частями и отслеживать задание до конца; код завершения 3, если хотя бы для одной SIM-карты произошла ошибка или результат остался неизвестным (такие перечисляются отдельно), 5 — если журналом заданий учётной записи пользуется другая программа SimFleet</translation>
    </message>
    <message>
        <source>Send a --wait job's failed SIMs again (never those of unknown outcome) and follow it like --wait</source>
        <translation>Повторно отправить SIM-карты с ошибкой из задания, запущенного с --wait (но никогда — с неизвестным результатом), и следить за ним, как с --wait</translation>
    </message>
    <message>
        <source>Job number, as --wait printed it</source>
        <translation>Номер задания, который вывел --wait</translation>
    </message>
    <message>
        <source>Instead, send again the SIMs whose outcome is unknown (SMS, ping, reconnect, disconnect, re-add package): they may receive the operation twice</source>
        <translation>Вместо этого повторно отправить SIM-карты с неизвестным результатом (SMS, пинг, переподключение, отключение, повторное добавление пакета): они могут получить операцию дважды</translation>
    </message>
    <message>
        <source>Log every API request on stderr (also: SIMFLEET_VERBOSE=1)</source>
        <translation>Записывать каждый запрос к API в stderr (или: SIMFLEET_VERBOSE=1)</translation>
    </message>
    <message>
        <source>Only show the requests it takes and the SIMs of each, and the SIMs skipped and why; send nothing</source>
        <translation>Только показать, сколько запросов потребуется и какие SIM-карты в каждом, а также пропущенные SIM-карты и причины; ничего не отправлять</translation>
    </message>
    <message>
        <source>Send through the account's job journal and follow the job to the end; exit 3 if any SIM failed or its outcome stayed unknown, 5 if another SimFleet program is using the journal</source>
        <translation>Отправить через журнал заданий учётной записи и следить за заданием до конца; код 3, если для какой-либо SIM-карты операция не выполнена или её результат остался неизвестен, 5, если журнал занят другой программой SimFleet</translation>
    </message>
    <message>
        <source>Add SIM cards to a group; their other groups stay (one request per set of current groups)</source>
        <translation>Добавить SIM-карты в группу; их остальные группы сохраняются (по запросу на каждый набор текущих групп)</translation>
    </message>
    <message>
        <source>Remove SIM cards from a group; their other groups stay (one request per set of current groups)</source>
        <translation>Убрать SIM-карты из группы; их остальные группы сохраняются (по запросу на каждый набор текущих групп)</translation>
    </message>
    <message>
        <source>Every bill of the account (all pages) instead of one; needs --out</source>
        <translation>Все счета учётной записи (все страницы) вместо одного; нужен --out</translation>
    </message>
    <message>
        <source>With --all: only bills of this month's period and later</source>
        <translation>С --all: только счета за этот месяц и позже</translation>
    </message>
    <message>
        <source>With --all: the invoice and the transcript of each bill</source>
        <translation>С --all: и счёт, и расшифровку счёта для каждого счёта</translation>
    </message>
    <message>
        <source>With --all: the folder to save into (created when missing); files are named as the desktop app names them</source>
        <translation>С --all: папка для сохранения (создаётся, если её нет); файлы называются так же, как в настольном приложении</translation>
    </message>
    <message>
        <source>With --all: replace files that exist already (default: skip them)</source>
        <translation>С --all: заменять уже существующие файлы (по умолчанию они пропускаются)</translation>
    </message>
    <message>
        <source>Download a bill's invoice (PDF) or transcript (XLSX), or those of every bill (--all)</source>
        <translation>Скачать счёт (PDF) или его расшифровку (XLSX) — одного счёта или всех (--all)</translation>
    </message>
    <message>
        <source>Either one bill (--id) or every bill (--all). With --all, files already in --out are skipped unless --overwrite; a failed or interrupted (Ctrl+C) download leaves no partial file. Examples:
  simfleet-cli bills download --id 5012 --transcript
  simfleet-cli bills download --all --from-period 2026-01 --both --out bills</source>
        <translation>Либо один счёт (--id), либо все счета (--all). С --all файлы, которые уже есть в --out, пропускаются, если не указан --overwrite; неудачное или прерванное (Ctrl+C) скачивание не оставляет недокачанного файла. Примеры:
  simfleet-cli bills download --id 5012 --transcript
  simfleet-cli bills download --all --from-period 2026-01 --both --out bills</translation>
    </message>
    <message>
        <source>Save the rows to this CSV file (the desktop app's export: same columns) instead of printing them</source>
        <translation>Сохранить строки в этот CSV-файл (экспорт настольного приложения: те же столбцы) вместо вывода на экран</translation>
    </message>
    <message>
        <source>Save the rows to this Excel workbook (the desktop app's export: same columns) instead of printing them</source>
        <translation>Сохранить строки в эту книгу Excel (экспорт настольного приложения: те же столбцы) вместо вывода на экран</translation>
    </message>
    <message>
        <source>Without --csv or --xlsx the rows are printed as a table (or --json). A file is written whole or not at all. Examples:
  simfleet-cli reports day --from 2026-03-01 --to 2026-03-31 --xlsx march.xlsx
  simfleet-cli reports calls --groups 3 --csv calls.csv</source>
        <translation>Без --csv и --xlsx строки выводятся таблицей (или --json). Файл записывается целиком или не записывается вовсе. Примеры:
  simfleet-cli reports day --from 2026-03-01 --to 2026-03-31 --xlsx march.xlsx
  simfleet-cli reports calls --groups 3 --csv calls.csv</translation>
    </message>
    <message>
        <source>The provider: nova (NovaConnect) or v2 (the second operator, whose commands are in the v2 area); default: v2 in the v2 area, nova elsewhere</source>
        <translation>Оператор: nova (NovaConnect) или v2 (второй оператор, его команды в разделе v2); по умолчанию v2 в разделе v2, иначе nova</translation>
    </message>
    <message>
        <source>Phone numbers of the SIMs (7 and 10 digits)</source>
        <translation>Номера SIM-карт (7 и 10 цифр)</translation>
    </message>
    <message>
        <source>Exchange a login and a password (read from standard input, or SIMFLEET_PASSWORD) for an access token and print it; the password is not kept</source>
        <translation>Обменять логин и пароль (из стандартного ввода или SIMFLEET_PASSWORD) на токен доступа и вывести его; пароль не сохраняется</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Ваш логин</translation>
    </message>
    <message>
        <source>List every SIM card</source>
        <translation>Список всех SIM-карт</translation>
    </message>
    <message>
        <source>Only SIMs with this status</source>
        <translation>Только SIM-карты с этим статусом</translation>
    </message>
    <message>
        <source>Only SIMs of this company (10 or 12 digits)</source>
        <translation>Только SIM-карты этой компании (10 или 12 цифр)</translation>
    </message>
    <message>
        <source>Show one SIM card by number or by ICCID</source>
        <translation>Показать SIM-карту по номеру или ICCID</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>List the tariffs (packets)</source>
        <translation>Список тарифов (пакетов)</translation>
    </message>
    <message>
        <source>block, unblock, block-service, unblock-service, block-finance, unblock-finance, packet, small-packet or send-sms</source>
        <translation>block, unblock, block-service, unblock-service, block-finance, unblock-finance, packet, small-packet или send-sms</translation>
    </message>
    <message>
        <source>The service (block-service, unblock-service)</source>
        <translation>Услуга (block-service, unblock-service)</translation>
    </message>
    <message>
        <source>The new tariff (packet)</source>
        <translation>Новый тариф (packet)</translation>
    </message>
    <message>
        <source>The new tariff's first day (packet)</source>
        <translation>Первый день нового тарифа (packet)</translation>
    </message>
    <message>
        <source>The top-up (small-packet; default: the first of the SIM's tariff)</source>
        <translation>Пакет докупки (small-packet; по умолчанию первый пакет тарифа SIM-карты)</translation>
    </message>
    <message>
        <source>What the informational SMS is about (send-sms)</source>
        <translation>О чём информационное SMS (send-sms)</translation>
    </message>
    <message>
        <source>Internet usage records (CDR) of a period</source>
        <translation>Записи об интернет-трафике (CDR) за период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Only this company (10 or 12 digits)</source>
        <translation>Только эта компания (10 или 12 цифр)</translation>
    </message>
    <message>
        <source>The login the token was given for: the account whose job journal keeps the job (default: the desktop app's last sign-in at this address)</source>
        <translation>Логин, для которого выдан токен: учётная запись, в журнале заданий которой хранится задание (по умолчанию — последний вход в настольном приложении по этому адресу)</translation>
    </message>
    <message>
        <source>The second operator (api/v2; give its address with --api-url): sign in, SIMs, changes one request per SIM through the job journal, activation, number binding and SIM swap, usage records</source>
        <translation>Второй оператор (api/v2; адрес укажите в --api-url): вход, SIM-карты, изменения по одному запросу на SIM-карту через журнал заданий, активация, привязка номера и замена SIM-карты, записи о трафике</translation>
    </message>
    <message>
        <source>Change SIMs as a job of the account's job journal (the desktop app's Operations page shows it), one request per SIM at the desktop app's per-SIM rate; a rate limit (429) waits and goes on; a number not in the fleet is skipped. Exit 3 if any SIM failed or its outcome stayed unknown, 5 if another SimFleet program is using the journal</source>
        <translation>Изменить SIM-карты заданием в журнале заданий учётной записи (его показывает страница «Операции» настольного приложения), по одному запросу на SIM-карту с частотой, заданной в настольном приложении; при ограничении частоты (429) ждёт и продолжает; номер, которого нет в парке, пропускается. Код завершения 3, если хотя бы для одной SIM-карты произошла ошибка или результат остался неизвестным, 5 — если журналом пользуется другая программа SimFleet</translation>
    </message>
    <message>
        <source>Send a change job's failed SIMs again (never those of unknown outcome), or finish a job a stopped run left unfinished, and follow it like change</source>
        <translation>Повторно отправить SIM-карты с ошибкой из задания, запущенного через change (но никогда — с неизвестным результатом), или завершить задание, которое остановленный запуск оставил незавершённым, и следить за ним, как change</translation>
    </message>
    <message>
        <source>Job number, as change printed it</source>
        <translation>Номер задания, который вывел change</translation>
    </message>
    <message>
        <source>Instead, send again the SIMs whose outcome is unknown (tariff, top-up, informational SMS): they may receive the change twice</source>
        <translation>Вместо этого повторно отправить SIM-карты с неизвестным результатом (тариф, пакет пополнения, информационное SMS): они могут получить изменение дважды</translation>
    </message>
    <message>
        <source>Phone number (7 and 10 digits)</source>
        <translation>Номер телефона (7 и 10 цифр)</translation>
    </message>
    <message>
        <source>ICCID of the SIM (or give --imsi)</source>
        <translation>ICCID SIM-карты (или укажите --imsi)</translation>
    </message>
    <message>
        <source>IMSI of the SIM (or give --iccid)</source>
        <translation>IMSI SIM-карты (или укажите --iccid)</translation>
    </message>
    <message>
        <source>Activate a SIM: bind a number to it with a tariff</source>
        <translation>Активировать SIM-карту: привязать к ней номер с тарифом</translation>
    </message>
    <message>
        <source>The tariff (packet)</source>
        <translation>Тариф (packet)</translation>
    </message>
    <message>
        <source>Bind the number to another SIM</source>
        <translation>Привязать номер к другой SIM-карте</translation>
    </message>
    <message>
        <source>Forward calls (default: yes)</source>
        <translation>Переадресация вызовов (по умолчанию: yes)</translation>
    </message>
    <message>
        <source>Move the number to a new SIM</source>
        <translation>Перенести номер на новую SIM-карту</translation>
    </message>
    <message>
        <source>ICCID of the new SIM (or give --imsi)</source>
        <translation>ICCID новой SIM-карты (или укажите --imsi)</translation>
    </message>
    <message>
        <source>IMSI of the new SIM (or give --iccid)</source>
        <translation>IMSI новой SIM-карты (или укажите --iccid)</translation>
    </message>
    <message>
        <source>ICCID of the SIM the number is on now (default: read from the operator)</source>
        <translation>ICCID SIM-карты, на которой номер сейчас (по умолчанию читается у оператора)</translation>
    </message>
    <message>
        <source>IMSI of the SIM the number is on now</source>
        <translation>IMSI SIM-карты, на которой номер сейчас</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SimFleet: a desktop workspace for fleets of IoT SIM cards on the NovaConnect API.</source>
        <translation>SimFleet — рабочее место для управления парками IoT SIM-карт через API NovaConnect.</translation>
    </message>
    <message>
        <source>Start the built-in NovaConnect emulator and sign in to it with a demo token.</source>
        <translation>Запустить встроенный эмулятор NovaConnect и войти в него с демо-токеном.</translation>
    </message>
    <message>
        <source>Demo role: admin (may change SIMs) or user (read-only).</source>
        <translation>Демо-роль: admin (может изменять SIM-карты) или user (только чтение).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>Number of SIM cards in the demo fleet.</source>
        <translation>Число SIM-карт в демо-парке.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unknown role "%1": use admin or user.</source>
        <translation>Неизвестная роль «%1»: укажите admin или user.</translation>
    </message>
    <message>
        <source>The number of SIMs must be a whole number from 0 to 1,000,000, not "%1".</source>
        <translation>Число SIM-карт должно быть целым числом от 0 до 1 000 000, а не «%1».</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Log every API request on stderr (also: SIMFLEET_VERBOSE=1).</source>
        <translation>Записывать каждый запрос к API в stderr (или: SIMFLEET_VERBOSE=1).</translation>
    </message>
    <message>
        <source>Demo provider: nova (NovaConnect), v2 (the second operator) or both (one account of each in the Account menu).</source>
        <translation>Оператор демо: nova (NovaConnect), v2 (второй оператор) или both (по одной учётной записи каждого в меню «Учётная запись»).</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>Unknown provider "%1": use nova, v2 or both.</source>
        <translation>Неизвестный оператор «%1»: укажите nova, v2 или both.</translation>
    </message>
    <message>
        <source>%1
Run "simfleet --help" to see the options.</source>
        <translation>%1
Запустите «simfleet --help», чтобы увидеть параметры.</translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>Postpaid</source>
        <translation>Постоплата</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>billing type</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Уникальный ID (налоговый номер)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Тип оплаты</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Preliminary balance</source>
        <translation>Предварительный баланс</translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation>Овердрафт</translation>
    </message>
</context>
<context>
    <name>FileWriteErrors</name>
    <message>
        <source>the disk is full. Free some space or choose another folder, then export again.</source>
        <translation>на диске нет места. Освободите место или выберите другую папку и повторите экспорт.</translation>
    </message>
    <message>
        <source>you may not write to this folder. Choose another folder, such as your Documents folder, then export again.</source>
        <translation>нет прав на запись в эту папку. Выберите другую папку, например папку «Документы», и повторите экспорт.</translation>
    </message>
    <message>
        <source>the folder does not exist. Choose an existing folder, then export again.</source>
        <translation>такой папки нет. Выберите существующую папку и повторите экспорт.</translation>
    </message>
    <message>
        <source>a folder has this name. Choose another file name, then export again.</source>
        <translation>так называется папка. Выберите другое имя файла и повторите экспорт.</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>файл не удалось записать.</translation>
    </message>
</context>
<context>
    <name>FleetSnapshotStore</name>
    <message>
        <source>Could not save the fleet snapshot: it has no date.</source>
        <translation>Не удалось сохранить снимок парка: у него нет даты.</translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot create the folder %1.</source>
        <translation>Не удалось сохранить снимок парка: не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: %1</source>
        <translation>Не удалось сохранить снимок парка: %1</translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot replace the file %1.</source>
        <translation>Не удалось сохранить снимок парка: не удаётся заменить файл %1.</translation>
    </message>
    <message>
        <source>The saved fleet snapshot is damaged (%1) and could not be removed: %2</source>
        <translation>Сохранённый снимок парка повреждён (%1), и удалить его не удалось: %2</translation>
    </message>
    <message>
        <source>The saved fleet snapshot is damaged (%1); it was set aside and the fleet will be loaded again.</source>
        <translation>Сохранённый снимок парка повреждён (%1); он отложен отдельным файлом, а парк будет загружен заново.</translation>
    </message>
    <message>
        <source>Could not delete the fleet snapshot %1.</source>
        <translation>Не удалось удалить снимок парка %1.</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>файл не является базой данных SQLite</translation>
    </message>
    <message>
        <source>unsupported snapshot format "%1"</source>
        <translation>неподдерживаемый формат снимка «%1»</translation>
    </message>
    <message>
        <source>the snapshot belongs to another account</source>
        <translation>снимок относится к другой учётной записи</translation>
    </message>
    <message>
        <source>the snapshot's description is incomplete</source>
        <translation>описание снимка неполное</translation>
    </message>
    <message>
        <source>SIM row %1 is unreadable</source>
        <translation>не удаётся прочитать строку SIM-карты %1</translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot create the file %1.</source>
        <translation>Не удалось сохранить снимок парка: невозможно создать файл %1.</translation>
    </message>
    <message>
        <source>SIM rows present: %1 of %2</source>
        <translation>Строк SIM-карт: %1 из %2</translation>
    </message>
    <message>
        <source>page %1 is unreadable</source>
        <translation>не удаётся прочитать страницу %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>SIM status</comment>
        <translation>Без блокировки</translation>
    </message>
    <message>
        <source>Blocked by user</source>
        <translation>Добровольная блокировка</translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible)</source>
        <translation>Блокировка по MSU (необратимая)</translation>
    </message>
    <message>
        <source>Blocked: package used up</source>
        <translation>Блокировка по истечении пакета</translation>
    </message>
    <message>
        <source>Blocked: financial</source>
        <translation>Финансовая блокировка</translation>
    </message>
    <message>
        <source>Blocked by operator</source>
        <translation>Блокировка оператора</translation>
    </message>
    <message>
        <source>Unknown block code "%1"</source>
        <translation>Неизвестный код блокировки «%1»</translation>
    </message>
    <message>
        <source>none</source>
        <comment>data limit</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 per calendar month</source>
        <translation>%1 на календарный месяц</translation>
    </message>
    <message>
        <source>package %1, no auto-renew</source>
        <translation>пакет %1 без автопродления</translation>
    </message>
    <message>
        <source>package %1, auto-renew</source>
        <translation>пакет %1 с автопродлением</translation>
    </message>
    <message>
        <source>per calendar month</source>
        <translation>на календарный месяц</translation>
    </message>
    <message>
        <source>package, no auto-renew</source>
        <translation>пакет без автопродления</translation>
    </message>
    <message>
        <source>package, auto-renew</source>
        <translation>пакет с автопродлением</translation>
    </message>
</context>
<context>
    <name>GroupMembership</name>
    <message>
        <source>already in this group</source>
        <translation>уже в этой группе</translation>
    </message>
    <message>
        <source>not in this group</source>
        <translation>не в этой группе</translation>
    </message>
</context>
<context>
    <name>GroupsCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Группа создана.</translation>
    </message>
    <message>
        <source>Group renamed.</source>
        <translation>Группа переименована.</translation>
    </message>
    <message>
        <source>Group deleted.</source>
        <translation>Группа удалена.</translation>
    </message>
    <message>
        <source>--dry-run and --wait cannot be used together.</source>
        <translation>--dry-run и --wait нельзя указывать вместе.</translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation>Чтение SIM-карт: %1 из %2</translation>
    </message>
    <message>
        <source>There is no group %1 in this account. Nothing was sent.</source>
        <translation>В этой учётной записи нет группы %1. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Nothing to send: no given SIM needs adding to %1.</source>
        <translation>Отправлять нечего: все указанные SIM-карты уже в группе «%1».</translation>
    </message>
    <message>
        <source>Nothing to send: no given SIM is in %1.</source>
        <translation>Отправлять нечего: ни одной из указанных SIM-карт нет в группе «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Add %n SIM(s) to %1</source>
        <translation>
            <numerusform>Добавить %n SIM-карту в группу «%1»</numerusform>
            <numerusform>Добавить %n SIM-карты в группу «%1»</numerusform>
            <numerusform>Добавить %n SIM-карт в группу «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from %1</source>
        <translation>
            <numerusform>Убрать %n SIM-карту из группы «%1»</numerusform>
            <numerusform>Убрать %n SIM-карты из группы «%1»</numerusform>
            <numerusform>Убрать %n SIM-карт из группы «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), one per set of current groups</source>
        <translation>
            <numerusform>%n запрос, по одному на каждый набор текущих групп</numerusform>
            <numerusform>%n запроса, по одному на каждый набор текущих групп</numerusform>
            <numerusform>%n запросов, по одному на каждый набор текущих групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Request %1: groups [%2], %n SIM(s): %3</source>
        <translation>
            <numerusform>  Запрос %1: группы [%2], %n SIM-карта: %3</numerusform>
            <numerusform>  Запрос %1: группы [%2], %n SIM-карты: %3</numerusform>
            <numerusform>  Запрос %1: группы [%2], %n SIM-карт: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) skipped:</source>
        <translation>
            <numerusform>Пропущена %n SIM-карта:</numerusform>
            <numerusform>Пропущены %n SIM-карты:</numerusform>
            <numerusform>Пропущено %n SIM-карт:</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIM %1: %2</source>
        <translation>  SIM-карта %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued: queue id %1 for %n SIM(s)</source>
        <translation>
            <numerusform>В очереди: ID в очереди %1 для %n SIM-карты</numerusform>
            <numerusform>В очереди: ID в очереди %1 для %n SIM-карт</numerusform>
            <numerusform>В очереди: ID в очереди %1 для %n SIM-карт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>SIM %1 is not part of job %2.</source>
        <translation>SIM-карта %1 не входит в задание %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the job journal.</source>
        <translation>Не удалось создать папку %1 для журнала заданий.</translation>
    </message>
    <message>
        <source>Could not open the job journal: %1</source>
        <translation>Не удалось открыть журнал заданий: %1</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of SimFleet.</source>
        <translation>Журнал заданий %1 записан более новой версией SimFleet.</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged and could not be set aside.</source>
        <translation>Журнал заданий %1 повреждён, и его не удалось отложить отдельным файлом.</translation>
    </message>
    <message>
        <source>Could not create the job journal: %1</source>
        <translation>Не удалось создать журнал заданий: %1</translation>
    </message>
    <message>
        <source>Could not record the job: %1</source>
        <translation>Не удалось записать задание: %1</translation>
    </message>
    <message>
        <source>Could not update the job journal: %1</source>
        <translation>Не удалось обновить журнал заданий: %1</translation>
    </message>
    <message>
        <source>Could not read job %1 from the journal: %2</source>
        <translation>Не удалось прочитать задание %1 из журнала: %2</translation>
    </message>
    <message>
        <source>no such job</source>
        <translation>такого задания нет</translation>
    </message>
    <message>
        <source>unknown operation "%1"</source>
        <translation>неизвестная операция «%1»</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>повреждена часть %1</translation>
    </message>
    <message>
        <source>damaged entry for SIM %1</source>
        <translation>повреждена запись SIM-карты %1</translation>
    </message>
    <message>
        <source>the SIMs of the job do not match its chunks</source>
        <translation>SIM-карты задания не соответствуют его частям</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 of the job journal; check the permissions of its folder.</source>
        <translation>Не удалось создать файл блокировки %1 журнала заданий; проверьте права доступа к его папке.</translation>
    </message>
    <message>
        <source>The job journal of this account is in use by another SimFleet program (%1, process %2 on %3). If that program is no longer running, delete %4.</source>
        <translation>Журналом заданий этой учётной записи пользуется другая программа SimFleet (%1, процесс %2 на %3). Если эта программа уже не работает, удалите %4.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged; the SimFleet program using it sets it aside when it next opens it.</source>
        <translation>Журнал заданий %1 повреждён; программа SimFleet, которая им пользуется, отложит его при следующем открытии.</translation>
    </message>
    <message>
        <source>The job journal is open read-only here: another SimFleet program is using it.</source>
        <translation>Журнал заданий открыт здесь только для чтения: им пользуется другая программа SimFleet.</translation>
    </message>
</context>
<context>
    <name>JobTracker</name>
    <message>
        <source>NovaConnect reported an error for this SIM.</source>
        <translation>NovaConnect сообщил об ошибке для этой SIM-карты.</translation>
    </message>
    <message>
        <source>The requested state was not seen before the waiting time ran out; check the SIM later.</source>
        <translation>Запрошенное состояние не появилось до истечения времени ожидания; проверьте SIM-карту позже.</translation>
    </message>
    <message>
        <source>NovaConnect gave no clear answer and the requested state was not seen before the waiting time ran out. "Retry failed" sends these SIMs again.</source>
        <translation>NovaConnect не дал однозначного ответа, и запрошенное состояние не появилось до истечения времени ожидания. «Повторить неудавшиеся» отправит эти SIM-карты повторно.</translation>
    </message>
</context>
<context>
    <name>NotificationFiles</name>
    <message>
        <source>The file name "%1" is not a plain file name.</source>
        <translation>Имя файла «%1» не является простым именем файла.</translation>
    </message>
    <message>
        <source>No folder to save the file in. Choose a download folder on the Bills page.</source>
        <translation>Нет папки для сохранения файла. Выберите папку загрузки на странице «Счета».</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another download folder on the Bills page.</source>
        <translation>Не удалось создать папку %1. Выберите другую папку загрузки на странице «Счета».</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be saved: the folder already holds %n file(s) of that name. Move some of them away.</source>
        <translation>
            <numerusform>Не удалось сохранить %1: в папке уже %n файл с таким именем. Перенесите часть из них в другое место.</numerusform>
            <numerusform>Не удалось сохранить %1: в папке уже %n файла с таким именем. Перенесите часть из них в другое место.</numerusform>
            <numerusform>Не удалось сохранить %1: в папке уже %n файлов с таким именем. Перенесите часть из них в другое место.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsCsv</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>Не удалось экспортировать: не указано имя файла.</translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>No password: type it, or set SIMFLEET_PASSWORD.</source>
        <translation>Нет пароля: введите его или задайте SIMFLEET_PASSWORD.</translation>
    </message>
    <message>
        <source>An INN is 10 or 12 digits.</source>
        <translation>ИНН состоит из 10 или 12 цифр.</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s)</source>
        <translation>
            <numerusform>%n SIM-карта</numerusform>
            <numerusform>%n SIM-карты</numerusform>
            <numerusform>%n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --number or --iccid (one of them).</source>
        <translation>Укажите --number или --iccid (что-то одно).</translation>
    </message>
    <message>
        <source>A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation>Номер — это 7 и ещё 10 цифр, например 79001234567.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Internet, MB</source>
        <translation>Интернет, МБ</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Пакеты докупки</translation>
    </message>
    <message numerus="yes">
        <source>%n tariff(s)</source>
        <translation>
            <numerusform>%n тариф</numerusform>
            <numerusform>%n тарифа</numerusform>
            <numerusform>%n тарифов</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Traffic, MB</source>
        <translation>Трафик, МБ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --login LOGIN, the login the token was given for: the job is kept in that account's job journal, as in the desktop app.</source>
        <translation>Укажите --login ЛОГИН — логин, для которого выдан токен: задание хранится в журнале заданий этой учётной записи, как в настольном приложении.</translation>
    </message>
    <message>
        <source>Not a phone number: %1. A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation>Не номер телефона: %1. Номер — это 7 и ещё 10 цифр, например 79001234567.</translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation>Чтение SIM-карт: %1 из %2</translation>
    </message>
</context>
<context>
    <name>OperatorIdentityCommands</name>
    <message>
        <source>%1 for %2: done.</source>
        <translation>%1 для %2: выполнено.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct these values.</source>
        <translation>Ничего не отправлено: исправьте эти значения.</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Неизвестный параметр --%1.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Параметр --%1 не принимает значения.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation>Для параметра --%1 нужно значение (%2).</translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source>The option %1 is required.</source>
        <translation>Параметр %1 обязателен.</translation>
    </message>
    <message>
        <source>The option %1 is required and cannot be empty.</source>
        <translation>Параметр %1 обязателен и не может быть пустым.</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not "%4".</source>
        <translation>Для %1 нужно целое число от %2 до %3, а не «%4».</translation>
    </message>
    <message>
        <source>%1 needs a whole number of at least %2, not "%3".</source>
        <translation>Для %1 нужно целое число не меньше %2, а не «%3».</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not "%2".</source>
        <translation>Для %1 нужно целое число, а не «%2».</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not "%3".</source>
        <translation>Для %1 допустимы значения %2, а не «%3».</translation>
    </message>
    <message>
        <source>%1 needs ids separated by commas (e.g. 1,2,3); "%2" is not an id.</source>
        <translation>Для %1 нужны ID через запятую (например, 1,2,3); «%2» не является ID.</translation>
    </message>
    <message>
        <source>%1 needs at least one id.</source>
        <translation>Для %1 нужен хотя бы один ID.</translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD or DD-MM-YYYY (or DD.MM.YYYY), not "%2".</source>
        <translation>Для %1 нужна дата в виде ГГГГ-ММ-ДД или ДД-ММ-ГГГГ (или ДД.ММ.ГГГГ), а не «%2».</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Weak</source>
        <comment>password strength</comment>
        <translation>Слабый</translation>
    </message>
    <message>
        <source>Fair</source>
        <comment>password strength</comment>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>password strength</comment>
        <translation>Надёжный</translation>
    </message>
    <message>
        <source>Use at least %1 characters and mix upper and lower case letters, digits and symbols.</source>
        <translation>Используйте не менее %1 символов: заглавные и строчные буквы, цифры и знаки.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of characters</source>
        <translation>
            <numerusform>%n вид символов</numerusform>
            <numerusform>%n вида символов</numerusform>
            <numerusform>%n видов символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Используйте не менее %1 символов.</translation>
    </message>
    <message>
        <source>Mix upper and lower case letters, digits and symbols.</source>
        <translation>Сочетайте заглавные и строчные буквы, цифры и знаки.</translation>
    </message>
    <message>
        <source>%1 or more characters of 3 kinds make it strong.</source>
        <translation>Надёжный пароль — от %1 символов трёх видов.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>password strength: verdict: what it is made of</comment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Nothing to change: give --first-name, --last-name and/or --email.</source>
        <translation>Нечего изменять: укажите --first-name, --last-name и/или --email.</translation>
    </message>
    <message>
        <source>Profile changed.</source>
        <translation>Профиль изменён.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Текущий пароль: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <source>Give the current and the new password as two lines on standard input, or in SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD.</source>
        <translation>Передайте текущий и новый пароли двумя строками на стандартный ввод или в SIMFLEET_OLD_PASSWORD и SIMFLEET_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Enter your first name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Укажите адрес электронной почты.</translation>
    </message>
    <message>
        <source>"%1" does not look like an email address (name@example.com).</source>
        <translation>«%1» не похоже на адрес электронной почты (name@example.com).</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Введите новый пароль.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ. Type the same password twice.</source>
        <translation>Новый пароль и его повтор не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Новый пароль совпадает с текущим.</translation>
    </message>
</context>
<context>
    <name>ProviderExtras</name>
    <message>
        <source>tariff %1</source>
        <comment>a tariff known only by its number</comment>
        <translation>тариф %1</translation>
    </message>
    <message>
        <source>top-up %1</source>
        <comment>a top-up known only by its number</comment>
        <translation>дополнительный пакет %1</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Internet</source>
        <comment>service</comment>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>service</comment>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>service</comment>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>service: allowed or blocked</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>service state</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>allowed</source>
        <comment>service state</comment>
        <translation>разрешено</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>service state</comment>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation>Финансовая блокировка</translation>
    </message>
    <message>
        <source>Yes: the SIM is stopped until the block is lifted</source>
        <translation>Да: SIM-карта не работает, пока блокировка не снята</translation>
    </message>
    <message>
        <source>No</source>
        <comment>financial block</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Company INN</source>
        <translation>ИНН компании</translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation>Переадресация вызовов</translation>
    </message>
    <message>
        <source>Allowed</source>
        <comment>call forwarding</comment>
        <translation>Разрешена</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <comment>call forwarding</comment>
        <translation>Запрещена</translation>
    </message>
    <message>
        <source>None</source>
        <comment>scheduled tariff</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>tariff from a date</comment>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>Scheduled tariff</source>
        <translation>Запланированный тариф</translation>
    </message>
    <message>
        <source>%1 (last: %2)</source>
        <comment>top-ups added (the last one)</comment>
        <translation>%1 (последний: %2)</translation>
    </message>
    <message>
        <source>Top-ups added</source>
        <translation>Добавлено дополнительных пакетов</translation>
    </message>
    <message>
        <source>%1 (the last about calls)</source>
        <comment>informational SMS sent</comment>
        <translation>%1 (последнее — о звонках)</translation>
    </message>
    <message>
        <source>%1 (the last about the internet packet)</source>
        <comment>informational SMS sent</comment>
        <translation>%1 (последнее — об интернет-пакете)</translation>
    </message>
    <message>
        <source>%1 (the last: %2)</source>
        <comment>informational SMS sent</comment>
        <translation>%1 (последнее: %2)</translation>
    </message>
    <message>
        <source>Informational SMS sent</source>
        <translation>Отправлено информационных СМС</translation>
    </message>
</context>
<context>
    <name>ProviderZone</name>
    <message>
        <source>--provider-tz needs a time zone this computer knows, such as Asia/Almaty, not "%1".</source>
        <translation>Для --provider-tz нужен часовой пояс, известный этому компьютеру, например Asia/Almaty, а не «%1».</translation>
    </message>
    <message>
        <source>Warning: this computer does not know the provider time zone "%1" set for %2; showing days in %3.</source>
        <translation>Предупреждение: этому компьютеру неизвестен часовой пояс провайдера «%1», заданный для %2; дни показаны в поясе %3.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Second operator (api/v2)</source>
        <translation>Второй оператор (api/v2)</translation>
    </message>
</context>
<context>
    <name>QueueCallback</name>
    <message>
        <source>Enter a full https:// address, or leave it empty.</source>
        <translation>Введите полный адрес https:// или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The callback address must start with https://: the provider sends job progress with SIM data to it. Plain http:// is only allowed for this computer (localhost, 127.0.0.1).</source>
        <translation>Адрес для уведомлений должен начинаться с https://: провайдер отправляет на него ход задания с данными SIM-карт. Обычный http:// допускается только для этого компьютера (localhost, 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>the report has more rows than a spreadsheet holds.</source>
        <translation>в отчёте больше строк, чем вмещает электронная таблица.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Give either --csv FILE or --xlsx FILE, not both.</source>
        <translation>Укажите либо --csv ФАЙЛ, либо --xlsx ФАЙЛ, но не оба.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>Для --%1 нужно имя файла.</translation>
    </message>
    <message>
        <source>it is a folder; give a file name</source>
        <translation>это папка; укажите имя файла</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>Interrupted after the file was written.</source>
        <translation>Прервано после того, как файл был записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCommands</name>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) позже, чем --to (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1, cost %2 EUR</source>
        <translation>трафик %1, стоимость %2 EUR</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) and SMS</source>
        <translation>
            <numerusform>%n запись о звонках и СМС</numerusform>
            <numerusform>%n записи о звонках и СМС</numerusform>
            <numerusform>%n записей о звонках и СМС</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 EUR</source>
        <translation>стоимость %1 EUR</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>SIM ID</source>
        <translation>ID SIM-карты</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation>Стоимость, EUR</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>Входящее СМС</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>Исходящее СМС</translation>
    </message>
    <message>
        <source>USSD</source>
        <translation>USSD</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>На номер</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SimListMatcher</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB). A list can be at most %3 MB.</source>
        <translation>Файл %1 слишком большой (%2 МБ). Размер списка — не более %3 МБ.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large. A list can be at most %2 MB.</source>
        <translation>Файл %1 слишком большой. Размер списка — не более %2 МБ.</translation>
    </message>
    <message>
        <source>%1 is not a text file. Use a .txt or .csv file with one ICCID, number or id per line.</source>
        <translation>%1 не является текстовым файлом. Используйте файл .txt или .csv с одним ICCID, номером или ID на строку.</translation>
    </message>
</context>
<context>
    <name>SimOperations</name>
    <message>
        <source>Block</source>
        <comment>verb</comment>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Unblock</source>
        <comment>verb</comment>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Reconnect (soft reset)</source>
        <translation>Перезагрузить (мягкий сброс)</translation>
    </message>
    <message>
        <source>Disconnect from network</source>
        <translation>Отключить от сети</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Пинг</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Отправить СМС</translation>
    </message>
    <message>
        <source>Set data limit</source>
        <translation>Установить лимит трафика</translation>
    </message>
    <message>
        <source>Change tariff plan</source>
        <translation>Сменить тарифный план</translation>
    </message>
    <message>
        <source>Re-add package</source>
        <translation>Переподключить пакет</translation>
    </message>
    <message>
        <source>Set groups</source>
        <translation>Назначить группы</translation>
    </message>
    <message>
        <source>Enter the SMS text.</source>
        <translation>Введите текст СМС.</translation>
    </message>
    <message>
        <source>The SMS text is %1 characters long; at most %2 are allowed.</source>
        <translation>Текст СМС слишком длинный: символов — %1, допускается не более %2.</translation>
    </message>
    <message>
        <source>The data limit type must be "none" or "calendar month".</source>
        <translation>Тип лимита трафика должен быть «без лимита» или «календарный месяц».</translation>
    </message>
    <message>
        <source>Enter a data limit above 0 MB.</source>
        <translation>Укажите лимит трафика больше 0 МБ.</translation>
    </message>
    <message>
        <source>The data limit cannot be negative.</source>
        <translation>Лимит трафика не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The package size must be between %1 and %2 MB in steps of %3 MB.</source>
        <translation>Размер пакета должен быть от %1 до %2 МБ с шагом %3 МБ.</translation>
    </message>
    <message>
        <source>A new group name cannot be empty.</source>
        <translation>Название новой группы не может быть пустым.</translation>
    </message>
    <message>
        <source>only for TD-profile SIMs</source>
        <translation>только для SIM-карт профиля TD</translation>
    </message>
    <message>
        <source>only for TC-profile SIMs</source>
        <translation>только для SIM-карт профиля TC</translation>
    </message>
    <message>
        <source>blocked by MSU limit, which cannot be undone</source>
        <translation>блокировка по MSU, её нельзя снять</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>уже без блокировки</translation>
    </message>
    <message>
        <source>already blocked</source>
        <translation>уже заблокирована</translation>
    </message>
    <message>
        <source>No SIMs selected.</source>
        <translation>Не выбрано ни одной SIM-карты.</translation>
    </message>
    <message>
        <source>Block a service</source>
        <translation>Заблокировать услугу</translation>
    </message>
    <message>
        <source>Unblock a service</source>
        <translation>Разблокировать услугу</translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation>Финансовая блокировка</translation>
    </message>
    <message>
        <source>Lift the financial block</source>
        <translation>Снять финансовую блокировку</translation>
    </message>
    <message>
        <source>Change tariff from a date</source>
        <translation>Сменить тариф с даты</translation>
    </message>
    <message>
        <source>Add a top-up packet</source>
        <translation>Добавить пакет докупки</translation>
    </message>
    <message>
        <source>Send an informational SMS</source>
        <translation>Отправить информационное SMS</translation>
    </message>
    <message>
        <source>Choose the service: internet, SMS or calls.</source>
        <translation>Выберите услугу: интернет, SMS или звонки.</translation>
    </message>
    <message>
        <source>Choose a tariff.</source>
        <translation>Выберите тариф.</translation>
    </message>
    <message>
        <source>Enter the date the new tariff starts.</source>
        <translation>Укажите дату начала нового тарифа.</translation>
    </message>
    <message>
        <source>Choose what the SMS is about: calls or internet.</source>
        <translation>Выберите, о чём SMS: о звонках или об интернете.</translation>
    </message>
    <message>
        <source>already financially blocked</source>
        <translation>уже под финансовой блокировкой</translation>
    </message>
    <message>
        <source>not financially blocked</source>
        <translation>нет финансовой блокировки</translation>
    </message>
</context>
<context>
    <name>SimSelection</name>
    <message>
        <source>Could not read the SIM list file %1: %2.</source>
        <translation>Не удалось прочитать файл со списком SIM-карт %1: %2.</translation>
    </message>
    <message>
        <source>No SIMs given: the SIM list is empty.</source>
        <translation>SIM-карты не указаны: список SIM-карт пуст.</translation>
    </message>
    <message>
        <source>Say which SIMs to act on with --ids 1,2,3 or --ids-file FILE.</source>
        <translation>Укажите SIM-карты с помощью --ids 1,2,3 или --ids-file FILE.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match no SIM of this account: %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n значение не соответствует ни одной SIM-карте этой учётной записи: %1. Ничего не отправлено.</numerusform>
            <numerusform>%n значения не соответствуют ни одной SIM-карте этой учётной записи: %1. Ничего не отправлено.</numerusform>
            <numerusform>%n значений не соответствует ни одной SIM-карте этой учётной записи: %1. Ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up ICCIDs: %1 of %n SIM(s) read</source>
        <translation>
            <numerusform>Поиск ICCID: прочитано %1 из %n SIM-карты</numerusform>
            <numerusform>Поиск ICCID: прочитано %1 из %n SIM-карт</numerusform>
            <numerusform>Поиск ICCID: прочитано %1 из %n SIM-карт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimText</name>
    <message>
        <source>Active</source>
        <comment>SIM status</comment>
        <translation>Без блокировки</translation>
    </message>
    <message>
        <source>Blocked by user</source>
        <comment>SIM status</comment>
        <translation>Добровольная блокировка</translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible)</source>
        <comment>SIM status</comment>
        <translation>Блокировка по MSU (необратимая)</translation>
    </message>
    <message>
        <source>Blocked: package used up</source>
        <comment>SIM status</comment>
        <translation>Блокировка по истечении пакета</translation>
    </message>
    <message>
        <source>Blocked: financial</source>
        <comment>SIM status</comment>
        <translation>Финансовая блокировка</translation>
    </message>
    <message>
        <source>Blocked by operator</source>
        <comment>SIM status</comment>
        <translation>Блокировка оператора</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>SIM status</comment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Active: the SIM is not blocked and can use the network.</source>
        <translation>Без блокировки: SIM-карта не заблокирована и может работать в сети.</translation>
    </message>
    <message>
        <source>Blocked by user: your company blocked this SIM. An administrator can unblock it.</source>
        <translation>Добровольная блокировка: SIM-карту заблокировала ваша компания. Администратор может её разблокировать.</translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible): the SIM used up its MSU allowance. This block cannot be lifted.</source>
        <translation>Блокировка по MSU (необратимая): SIM-карта израсходовала лимит MSU. Эту блокировку снять нельзя.</translation>
    </message>
    <message>
        <source>Blocked: package used up: the data package is exhausted. Re-add the package or wait for its renewal.</source>
        <translation>Блокировка по истечении пакета: трафик пакета израсходован. Переподключите пакет или дождитесь его продления.</translation>
    </message>
    <message>
        <source>Blocked by operator: NovaConnect blocked this SIM. Contact NovaConnect support.</source>
        <translation>Блокировка оператора: SIM-карту заблокировал NovaConnect. Обратитесь в поддержку NovaConnect.</translation>
    </message>
    <message>
        <source>Unknown status code "%1": SimFleet does not know it and treats the SIM as blocked.</source>
        <translation>Неизвестный код статуса «%1»: SimFleet его не знает и считает SIM-карту заблокированной.</translation>
    </message>
    <message>
        <source>TD: package tariffs (ping, SMS and packages are available).</source>
        <translation>TD: пакетные тарифы (доступны пинг, СМС и пакеты).</translation>
    </message>
    <message>
        <source>TC: MSU, balance and monthly data limits.</source>
        <translation>TC: MSU, баланс и месячные лимиты трафика.</translation>
    </message>
    <message>
        <source>Unknown profile.</source>
        <translation>Неизвестный профиль.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>data used / data limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No data limit is set.</source>
        <translation>Лимит трафика не установлен.</translation>
    </message>
    <message>
        <source>Data limit per calendar month</source>
        <translation>Лимит трафика на календарный месяц</translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <translation>Пакет без автопродления</translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
        <translation>Пакет с автопродлением</translation>
    </message>
    <message>
        <source>Limit type "%1"</source>
        <translation>Тип лимита «%1»</translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation>Лимит: %1</translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation>Израсходовано: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Tariff plan: %1</source>
        <translation>Тарифный план: %1</translation>
    </message>
    <message>
        <source>Package renews automatically</source>
        <translation>Пакет продлевается автоматически</translation>
    </message>
    <message>
        <source>Tariff change locked until %1</source>
        <translation>Смена тарифного плана заблокирована до %1</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>data limit type</comment>
        <translation>Без лимита</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation>Календарный месяц</translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <comment>data limit type</comment>
        <translation>Пакет без автопродления</translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
        <comment>data limit type</comment>
        <translation>Пакет с автопродлением</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>data limit type</comment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>data limit type, short</comment>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Package</source>
        <comment>data limit type, short</comment>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Blocked (any)</source>
        <comment>SIM status filter</comment>
        <translation>Любая блокировка</translation>
    </message>
    <message>
        <source>Not blocked by MSU</source>
        <comment>SIM status filter</comment>
        <translation>Без блокировки по MSU</translation>
    </message>
    <message>
        <source>Blocked: financial: the SIM is blocked for a financial reason, such as unpaid bills. The block is lifted once that is settled, or where the provider allows it, by lifting the financial block.</source>
        <translation>Финансовая блокировка: SIM-карта заблокирована по финансовой причине, например из-за неоплаченных счетов. Блокировка снимается, когда причина устранена, или — где оператор это позволяет — снятием финансовой блокировки.</translation>
    </message>
</context>
<context>
    <name>SimsCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <source>Data limit</source>
        <translation>Лимит трафика</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>--sort needs a field name, e.g. --sort iccid.</source>
        <translation>Для --sort нужно имя поля, например --sort iccid.</translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation>Чтение SIM-карт: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM-карта</numerusform>
            <numerusform>%n SIM-карты</numerusform>
            <numerusform>%n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) on page %1</source>
        <translation>
            <numerusform>%n SIM-карта на странице %1</numerusform>
            <numerusform>%n SIM-карты на странице %1</numerusform>
            <numerusform>%n SIM-карт на странице %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the groups with --group-ids and/or --new-groups.</source>
        <translation>Укажите группы с помощью --group-ids и/или --new-groups.</translation>
    </message>
    <message numerus="yes">
        <source>Queued: queue id %1 for %n SIM(s)</source>
        <translation>
            <numerusform>Поставлено в очередь (ID %1): %n SIM-карту</numerusform>
            <numerusform>Поставлено в очередь (ID %1): %n SIM-карты</numerusform>
            <numerusform>Поставлено в очередь (ID %1): %n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM %1 is now named "%2".</source>
        <translation>SIM-карта %1 теперь называется «%2».</translation>
    </message>
    <message>
        <source>--dry-run and --wait cannot be used together.</source>
        <translation>--dry-run и --wait нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>Cannot use --callback-url "%1": %2</source>
        <translation>Нельзя использовать --callback-url «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TranscriptReader</name>
    <message>
        <source>Reading the transcript was cancelled.</source>
        <translation>Чтение расшифровки счёта отменено.</translation>
    </message>
    <message>
        <source>The transcript is larger than %1, the most SimFleet previews.</source>
        <translation>Расшифровка счёта больше %1 — это наибольший объём, который SimFleet показывает в просмотре.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it is not a zip archive.</source>
        <translation>Файл не является книгой XLSX: это не zip-архив.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: its list of parts cannot be read.</source>
        <translation>Книга повреждена или неполна: список её частей не читается.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: its part %1 cannot be unpacked.</source>
        <translation>Книга повреждена или неполна: её часть %1 не распаковывается.</translation>
    </message>
    <message>
        <source>The workbook is packed in a way SimFleet cannot read (encrypted, ZIP64, split, or an unknown compression).</source>
        <translation>Книга упакована так, что SimFleet не может её прочитать (шифрование, ZIP64, многотомный архив или неизвестное сжатие).</translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts, the most SimFleet reads.</source>
        <translation>В книге больше %1 частей — это наибольшее число, которое читает SimFleet.</translation>
    </message>
    <message>
        <source>The workbook's part %1 unpacks to more than %2, the most SimFleet reads.</source>
        <translation>Часть книги %1 распаковывается в объём больше %2 — это наибольший объём, который читает SimFleet.</translation>
    </message>
    <message>
        <source>The workbook's part %1 unpacks to more than %2 times its packed size, which no real workbook does (a zip bomb); it was not read.</source>
        <translation>Часть книги %1 распаковывается в объём, более чем в %2 раз превышающий сжатый, чего не бывает у настоящих книг (zip-бомба); она не прочитана.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 in all, the most SimFleet reads.</source>
        <translation>Книга распаковывается в общий объём больше %1 — это наибольший объём, который читает SimFleet.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: it has no part %1.</source>
        <translation>Книга неполна: в ней нет части %1.</translation>
    </message>
    <message>
        <source>The workbook's part %1 is not valid XML (line %2: %3).</source>
        <translation>Часть книги %1 — некорректный XML (строка %2: %3).</translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets, the most SimFleet shows.</source>
        <translation>В книге больше %1 листов — это наибольшее число, которое показывает SimFleet.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: the sheet "%1" has no part.</source>
        <translation>Книга неполна: у листа «%1» нет своей части.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 shared texts, the most SimFleet reads.</source>
        <translation>В книге больше %1 общих строк — это наибольшее число, которое читает SimFleet.</translation>
    </message>
    <message>
        <source>The transcript file cannot be read: %1.</source>
        <translation>Файл расшифровки счёта не читается: %1.</translation>
    </message>
    <message>
        <source>The sheet "%1" has more than %2 rows, the most SimFleet shows.</source>
        <translation>На листе «%1» больше %2 строк — это наибольшее число, которое показывает SimFleet.</translation>
    </message>
    <message>
        <source>The sheet "%1" has more than %2 columns, the most SimFleet shows.</source>
        <translation>На листе «%1» больше %2 столбцов — это наибольшее число, которое показывает SimFleet.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells, the most SimFleet shows.</source>
        <translation>В книге больше %1 ячеек — это наибольшее число, которое показывает SimFleet.</translation>
    </message>
    <message>
        <source>The sheet "%1" has an invalid cell reference "%2" (the last cell of a sheet is XFD1048576).</source>
        <translation>На листе «%1» неверная ссылка на ячейку «%2» (последняя ячейка листа — XFD1048576).</translation>
    </message>
    <message>
        <source>The cell %1 on the sheet "%2" refers to shared text %3, which the workbook does not have (it has %4).</source>
        <translation>Ячейка %1 на листе «%2» ссылается на общую строку %3, которой в книге нет (в ней %4).</translation>
    </message>
    <message>
        <source>The sheet "%1" has an invalid row number "%2" (the last row of a sheet is 1048576).</source>
        <translation>На листе «%1» неверный номер строки «%2» (последняя строка листа — 1048576).</translation>
    </message>
</context>
<context>
    <name>UsageText</name>
    <message>
        <source>Usage: %1 [OPTIONS] %2 %3 [ACTION OPTIONS]</source>
        <translation>Использование: %1 [ПАРАМЕТРЫ] %2 %3 [ПАРАМЕТРЫ ДЕЙСТВИЯ]</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>РАЗДЕЛ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>Manage NovaConnect IoT SIM cards from scripts.</source>
        <translation>Управление IoT SIM-картами NovaConnect из скриптов.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Areas and actions:</source>
        <translation>Разделы и действия:</translation>
    </message>
    <message>
        <source>The access token is read from the SIMFLEET_TOKEN environment variable or, when it is not set, from the system keychain where the SimFleet desktop app stores it. It is never accepted on the command line.</source>
        <translation>Токен доступа берётся из переменной окружения SIMFLEET_TOKEN, а если она не задана — из системного хранилища паролей, где его хранит настольное приложение SimFleet. В командной строке токен не принимается.</translation>
    </message>
    <message>
        <source>Default API address: %1</source>
        <translation>Адрес API по умолчанию: %1</translation>
    </message>
    <message>
        <source>Run "%1 AREA --help" to see the options of each action.</source>
        <translation>Параметры каждого действия: «%1 РАЗДЕЛ --help».</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Действия:</translation>
    </message>
    <message>
        <source>Run "%1 --help" for the options every action accepts.</source>
        <translation>Параметры, общие для всех действий: «%1 --help».</translation>
    </message>
    <message>
        <source>Action options:</source>
        <translation>Параметры действия:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 local file error, 2 usage error or invalid input, 3 refused by the server or by your role, 4 network error, 5 the account's job journal is in use by another SimFleet program (--wait, v2 change, v2 retry), 130 interrupted (Ctrl+C) while downloading bills.</source>
        <translation>Коды завершения: 0 — успех, 1 — ошибка локального файла, 2 — ошибка вызова или неверные данные, 3 — отказ сервера или недостаточно прав у вашей роли, 4 — ошибка сети, 5 — журналом заданий учётной записи пользуется другая программа SimFleet (--wait, v2 change, v2 retry), 130 — скачивание счетов прервано (Ctrl+C).</translation>
    </message>
</context>
<context>
    <name>UserInput</name>
    <message>
        <source>Enter the first name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>Укажите адрес электронной почты.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Укажите адрес электронной почты вида name@example.com.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Укажите номер телефона.</translation>
    </message>
    <message>
        <source>Use digits, with an optional + at the start (spaces, dashes and brackets may separate them).</source>
        <translation>Только цифры, в начале можно +; пробелы, дефисы и скобки допустимы как разделители.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation>В номере телефона от 7 до 15 цифр.</translation>
    </message>
</context>
<context>
    <name>UserView</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Read-only (%1)</source>
        <translation>Только чтение (%1)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user account</comment>
        <translation>Активен</translation>
    </message>
</context>
<context>
    <name>UsersCommands</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>User created.</source>
        <translation>Пользователь создан.</translation>
    </message>
    <message>
        <source>User changed.</source>
        <translation>Пользователь изменён.</translation>
    </message>
    <message>
        <source>User deleted.</source>
        <translation>Пользователь удалён.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --first-name, --last-name, --email, --phone, --set-password, --role, --active.</source>
        <translation>Нечего изменять: укажите хотя бы один из параметров --first-name, --last-name, --email, --phone, --set-password, --role, --active.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <source>Give the new password as one line on standard input, or in SIMFLEET_NEW_PASSWORD.</source>
        <translation>Передайте новый пароль одной строкой на стандартный ввод или в SIMFLEET_NEW_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>V2Actions</name>
    <message>
        <source>Enter the ICCID or the IMSI of the SIM.</source>
        <translation>Укажите ICCID или IMSI SIM-карты.</translation>
    </message>
    <message>
        <source>An ICCID is 18 to 22 digits.</source>
        <translation>ICCID состоит из 18–22 цифр.</translation>
    </message>
    <message>
        <source>An IMSI is 15 digits.</source>
        <translation>IMSI состоит из 15 цифр.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Block a service</source>
        <translation>Заблокировать услугу</translation>
    </message>
    <message>
        <source>Unblock a service</source>
        <translation>Разблокировать услугу</translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation>Финансовая блокировка</translation>
    </message>
    <message>
        <source>Lift the financial block</source>
        <translation>Снять финансовую блокировку</translation>
    </message>
    <message>
        <source>Change tariff from a date</source>
        <translation>Сменить тариф с даты</translation>
    </message>
    <message>
        <source>Add a top-up packet</source>
        <translation>Добавить пакет докупки</translation>
    </message>
    <message>
        <source>Send an informational SMS</source>
        <translation>Отправить информационное SMS</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Bind the number to a SIM</source>
        <translation>Привязать номер к SIM-карте</translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <translation>Заменить SIM-карту</translation>
    </message>
    <message>
        <source>A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation>Номер — это 7 и ещё 10 цифр, например 79001234567.</translation>
    </message>
    <message>
        <source>The new SIM must differ from the current one.</source>
        <translation>Новая SIM-карта должна отличаться от текущей.</translation>
    </message>
    <message>
        <source>Choose the service: internet, SMS or calls.</source>
        <translation>Выберите услугу: интернет, SMS или звонки.</translation>
    </message>
    <message>
        <source>Choose a tariff.</source>
        <translation>Выберите тариф.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Укажите дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Choose what the SMS is about: calls or internet.</source>
        <translation>Выберите, о чём SMS: о звонках или об интернете.</translation>
    </message>
    <message>
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation>Укажите первый день в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation>Укажите последний день в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>%1 is not a number: 7 followed by 10 digits.</source>
        <translation>%1 — не номер: нужна 7 и ещё 10 цифр.</translation>
    </message>
    <message>
        <source>An INN is 10 or 12 digits.</source>
        <translation>ИНН состоит из 10 или 12 цифр.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>An XLSX sheet holds at most %L1 rows. Export fewer SIMs at a time, or export to CSV.</source>
        <translation>Лист XLSX вмещает не больше %L1 строк. Экспортируйте меньше SIM-карт за раз или экспортируйте в CSV.</translation>
    </message>
</context>
<context>
    <name>simfleet::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation>Нет сохранённых учётных записей</translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Re&amp;name this account…</source>
        <translation>Пере&amp;именовать эту учётную запись…</translation>
    </message>
    <message>
        <source>&amp;Remove saved account</source>
        <translation>&amp;Удалить сохранённую учётную запись</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Close this account and forget its remembered access token</source>
        <translation>Закрыть эту учётную запись и забыть её сохранённый токен доступа</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Завершить работу</translation>
    </message>
    <message>
        <source>Not in demo mode: the demo works with the built-in emulator only. Start SimFleet without --demo to add your accounts.</source>
        <translation>Недоступно в демо-режиме: демо работает только со встроенным эмулятором. Запустите SimFleet без --demo, чтобы добавить свои учётные записи.</translation>
    </message>
    <message>
        <source>Sign in to another account; the one open now stays saved</source>
        <translation>Войти в другую учётную запись; открытая сейчас останется сохранённой</translation>
    </message>
</context>
<context>
    <name>simfleet::AccountSwitcher</name>
    <message>
        <source>No access token is remembered for %1. Enter one to open it.</source>
        <translation>Для «%1» не сохранён токен доступа. Введите его, чтобы открыть учётную запись.</translation>
    </message>
    <message>
        <source>The access token of %1 could not be read from the system keychain (%2). Enter it to open the account.</source>
        <translation>Не удалось прочитать токен доступа «%1» из системного хранилища ключей (%2). Введите его, чтобы открыть учётную запись.</translation>
    </message>
    <message>
        <source>The remembered access token no longer works (%1). Enter a new one to open the account.</source>
        <translation>Сохранённый токен доступа больше не действует (%1). Введите новый, чтобы открыть учётную запись.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Переименовать учётную запись</translation>
    </message>
    <message>
        <source>Name of the account in the Account menu (%1):</source>
        <translation>Название учётной записи в меню «Учётная запись» (%1):</translation>
    </message>
    <message>
        <source>Remove saved account</source>
        <translation>Удалить сохранённую учётную запись</translation>
    </message>
    <message>
        <source>Remove %1 from the saved accounts?</source>
        <translation>Удалить «%1» из сохранённых учётных записей?</translation>
    </message>
    <message>
        <source>Its remembered access token is removed from the system keychain. Its job journal, audit trail and fleet snapshot stay on this computer and are there again when you add the account back.</source>
        <translation>Её сохранённый токен доступа будет удалён из системного хранилища ключей. Журнал заданий, журнал действий и снимок парка останутся на этом компьютере и снова будут доступны, если добавить учётную запись заново.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>provider · API address</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>simfleet::ActiveJobsCard</name>
    <message>
        <source>No bulk jobs are being worked on.</source>
        <translation>Массовых заданий в работе нет.</translation>
    </message>
    <message>
        <source>Jobs in progress</source>
        <translation>Задания в работе</translation>
    </message>
    <message>
        <source>Open Operations</source>
        <translation>Открыть «Операции»</translation>
    </message>
    <message>
        <source>Double-click a job to see it on the Operations page</source>
        <translation>Дважды щёлкните задание, чтобы открыть его на странице «Операции»</translation>
    </message>
</context>
<context>
    <name>simfleet::ApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Адрес API не является корректным URL.</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http is only allowed for this computer, e.g. the built-in emulator).</source>
        <translation>Адрес API должен использовать https:// (обычный http допускается только для этого компьютера, например для встроенного эмулятора).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Адрес API должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>simfleet::ApiError</name>
    <message>
        <source>Connection failed</source>
        <translation>Ошибка соединения</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Сервер не ответил</translation>
    </message>
    <message>
        <source>Access token rejected</source>
        <translation>Токен доступа отклонён</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>Недоступно для вашей роли</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Запрос отклонён</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Некорректный ответ сервера</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation>Не удалось сохранить файл</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Слишком большой ответ</translation>
    </message>
    <message>
        <source>The answer took too long</source>
        <translation>Ответ шёл слишком долго</translation>
    </message>
    <message>
        <source>List too long</source>
        <translation>Слишком длинный список</translation>
    </message>
    <message>
        <source>Could not reach the NovaConnect server. Check your internet connection and the API address, then try again.</source>
        <translation>Не удалось связаться с сервером NovaConnect. Проверьте подключение к интернету и адрес API, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The NovaConnect server did not answer in time. Try again; if it keeps happening, check your connection or increase the timeout in the settings.</source>
        <translation>Сервер NovaConnect не ответил вовремя. Повторите попытку; если это повторяется, проверьте подключение или увеличьте время ожидания в настройках.</translation>
    </message>
    <message>
        <source>The access token is invalid or has been revoked. Create a new token in the web cabinet (My profile → Access tokens) and sign in again.</source>
        <translation>Токен доступа недействителен или отозван. Создайте новый токен в личном кабинете (Мой профиль → Токены доступа) и войдите снова.</translation>
    </message>
    <message>
        <source>You are signed in with a read-only role: only an Administrator can do this. Nothing was sent to the server.</source>
        <translation>Вы вошли с ролью «Только чтение»: это может сделать только администратор. На сервер ничего не отправлено.</translation>
    </message>
    <message>
        <source>Your role may not do this. Ask a company administrator to do it or to change your role.</source>
        <translation>Ваша роль не позволяет это сделать. Попросите администратора компании выполнить действие или изменить вашу роль.</translation>
    </message>
    <message>
        <source>The server refused the request: %1. Correct the input and try again.</source>
        <translation>Сервер отклонил запрос: %1. Исправьте данные и повторите попытку.</translation>
    </message>
    <message>
        <source>The server refused the request. Check the input and try again.</source>
        <translation>Сервер отклонил запрос. Проверьте данные и повторите попытку.</translation>
    </message>
    <message>
        <source>The server is busy and asked SimFleet to slow down. Wait a minute and try again.</source>
        <translation>Сервер перегружен и попросил SimFleet реже отправлять запросы. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation>Сервер сообщил о проблеме: %1. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The NovaConnect server had a problem (HTTP %1). Try again later; if it persists, contact NovaConnect support.</source>
        <translation>На сервере NovaConnect произошла ошибка (HTTP %1). Повторите попытку позже; если ошибка повторится, обратитесь в поддержку NovaConnect.</translation>
    </message>
    <message>
        <source>The server sent an answer SimFleet cannot read. Try again later; if it persists, contact NovaConnect support.</source>
        <translation>Сервер прислал ответ, который SimFleet не может прочитать. Повторите попытку позже; если ошибка повторится, обратитесь в поддержку NovaConnect.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some disk space, then try again. Nothing was left half-written.</source>
        <translation>Не удалось записать %1: %2. Выберите другую папку или освободите место на диске и повторите попытку. Недописанных файлов не осталось.</translation>
    </message>
    <message>
        <source>The server's answer is larger than the limit of %1 MiB, so SimFleet stopped reading it and kept nothing of it. Ask for less at a time (for example a narrower filter or a shorter period), or raise the limit in the settings.</source>
        <translation>Ответ сервера больше допустимых %1 МиБ, поэтому SimFleet прекратил его чтение и ничего из него не сохранил. Запрашивайте меньше за раз (например, с более узким фильтром или за более короткий период) или увеличьте лимит в настройках.</translation>
    </message>
    <message>
        <source>Redirect to another server refused</source>
        <translation>Переход на другой сервер отклонён</translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation>Сертификату сервера нет доверия</translation>
    </message>
    <message>
        <source>The server sent SimFleet on to another server. SimFleet does not follow a server elsewhere, so nothing was sent there and your access token stayed private. Check the API address (the service may have moved, or the address may be mistyped); if it is right, contact the provider's support.</source>
        <translation>Сервер отправил SimFleet на другой сервер. SimFleet не переходит на другие серверы, поэтому туда ничего не отправлено и ваш токен доступа остался в тайне. Проверьте адрес API (сервис мог переехать или адрес набран с ошибкой); если адрес верный, обратитесь в поддержку провайдера.</translation>
    </message>
    <message>
        <source>SimFleet could not set up a secure connection: the server's certificate is not trusted (or the connection could not be secured), so nothing was sent and your access token stayed private. Check that the API address is right and that no network device or proxy intercepts secure connections; if the problem persists, contact your network administrator or the provider's support.</source>
        <translation>SimFleet не удалось установить защищённое соединение: сертификату сервера нет доверия (или соединение не удалось защитить), поэтому ничего не отправлено и ваш токен доступа остался в тайне. Проверьте, что адрес API верный и что никакое сетевое устройство или прокси не перехватывает защищённые соединения; если ошибка повторяется, обратитесь к сетевому администратору или в поддержку провайдера.</translation>
    </message>
</context>
<context>
    <name>simfleet::AppController</name>
    <message>
        <source>Second operator (demo)</source>
        <translation>Второй оператор (демо)</translation>
    </message>
</context>
<context>
    <name>simfleet::AuditPanel</name>
    <message>
        <source>Filter: author, details, queue ID…</source>
        <translation>Фильтр: автор, подробности, ID в очереди…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>audit filter</comment>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>date range start</comment>
        <translation>&amp;Период с</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range end</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Сохранить показанные записи в файл CSV</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>audit-trail</source>
        <comment>default export file name</comment>
        <translation>журнал-аудита</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>simfleet::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <comment>audit column</comment>
        <translation>Время</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>who took the action</comment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>audit column</comment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>audit column</comment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>audit column: number of SIMs</comment>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Queue IDs</source>
        <translation>ID в очереди</translation>
    </message>
    <message>
        <source>Job</source>
        <comment>audit column: job number</comment>
        <translation>Задание</translation>
    </message>
</context>
<context>
    <name>simfleet::BackgroundProgressWidget</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this background work</source>
        <translation>Остановить эту фоновую задачу</translation>
    </message>
</context>
<context>
    <name>simfleet::BillCard</name>
    <message>
        <source>Paid on %1</source>
        <translation>Оплачен %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>%1 at %2 %3 per euro</source>
        <comment>bill amount in euros, exchange rate</comment>
        <translation>%1 по курсу %2 %3 за евро</translation>
    </message>
    <message>
        <source>Latest bill</source>
        <translation>Последний счёт</translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation>Счетов пока нет.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер счёта:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Оплата:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Выставлен:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт (PDF)</translation>
    </message>
    <message>
        <source>Download this bill's invoice (PDF) on the Bills page</source>
        <translation>Скачать этот счёт (PDF) на странице «Счета»</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Download this bill's transcript (XLSX) on the Bills page</source>
        <translation>Скачать расшифровку этого счёта (XLSX) на странице «Счета»</translation>
    </message>
</context>
<context>
    <name>simfleet::BillDownloads</name>
    <message>
        <source>another file of this download has that name (upper and lower case count as the same on many disks), so it was not downloaded and the first one stays</source>
        <translation>у другого файла этой загрузки такое же имя (на многих дисках прописные и строчные буквы не различаются), поэтому этот файл не загружен, а первый остался как был</translation>
    </message>
</context>
<context>
    <name>simfleet::BillsChart</name>
    <message>
        <source>%1: %2</source>
        <comment>period: amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message numerus="yes">
        <source>Amount per period of the last %n bill(s); unpaid hatched</source>
        <translation>
            <numerusform>Сумма по периодам за последний %n счёт; неоплаченные — штриховкой</numerusform>
            <numerusform>Сумма по периодам за последние %n счёта; неоплаченные — штриховкой</numerusform>
            <numerusform>Сумма по периодам за последние %n счетов; неоплаченные — штриховкой</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BillsModel</name>
    <message>
        <source>%1 %2 per €</source>
        <comment>exchange rate: amount, currency</comment>
        <translation>%1 %2 за €</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Номер счёта</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата зачисления оплаты</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>This bill is not paid yet.</source>
        <translation>Этот счёт ещё не оплачен.</translation>
    </message>
    <message>
        <source>Amount, EUR</source>
        <translation>Сумма, EUR</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>amount, exchange rate</comment>
        <translation>%1 по курсу %2</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>simfleet::BillsPage</name>
    <message>
        <source>Bills</source>
        <comment>navigation: the page of the account's bills</comment>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Filter by number, period, date or amount</source>
        <translation>Фильтр по номеру, периоду, дате или сумме</translation>
    </message>
    <message>
        <source>Shows the bills whose number, period, dates, amounts or country contain the text</source>
        <translation>Показывает счета, в номере, периоде, датах, суммах или стране которых есть этот текст</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the bills from NovaConnect again (F5)</source>
        <translation>Заново прочитать счета из NovaConnect (F5)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Sign in to see the account's bills.</source>
        <translation>Войдите, чтобы увидеть счета учётной записи.</translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <translation>Загрузка счетов…</translation>
    </message>
    <message>
        <source>The bills could not be read</source>
        <translation>Не удалось прочитать счета</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation>Счетов пока нет</translation>
    </message>
    <message>
        <source>NovaConnect lists no bills for this account.</source>
        <translation>В NovaConnect нет счетов этой учётной записи.</translation>
    </message>
    <message>
        <source>No bills match "%1"</source>
        <translation>Нет счетов, подходящих под «%1»</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached; the bills are as of %1.</source>
        <translation>NovaConnect недоступен; счета показаны по состоянию на %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n счёт</numerusform>
            <numerusform>%n счёта</numerusform>
            <numerusform>%n счетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bill(s)</source>
        <translation>
            <numerusform>%1 из %n счёта</numerusform>
            <numerusform>%1 из %n счетов</numerusform>
            <numerusform>%1 из %n счетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Download invoice (PDF)</source>
        <translation>Скачать счёт (PDF)</translation>
    </message>
    <message>
        <source>Download transcript (XLSX)</source>
        <translation>Скачать расшифровку счёта (XLSX)</translation>
    </message>
    <message>
        <source>Download invoice and transcript</source>
        <translation>Скачать счёт и расшифровку</translation>
    </message>
    <message>
        <source>Download folder…</source>
        <translation>Папка для скачивания…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Folder for downloaded bills</source>
        <translation>Папка для скачанных счетов</translation>
    </message>
    <message>
        <source>Sign in to download bills.</source>
        <translation>Войдите, чтобы скачивать счета.</translation>
    </message>
    <message>
        <source>Wait until the current downloads end, or cancel them.</source>
        <translation>Дождитесь окончания текущих скачиваний или отмените их.</translation>
    </message>
    <message>
        <source>Select one or more bills first.</source>
        <translation>Сначала выберите один или несколько счетов.</translation>
    </message>
    <message>
        <source>SimFleet asks for a folder first.</source>
        <translation>Сначала SimFleet спросит, в какую папку сохранять.</translation>
    </message>
    <message>
        <source>Saved into %1.</source>
        <translation>Сохраняется в %1.</translation>
    </message>
    <message>
        <source>Choose the folder for downloaded bills</source>
        <translation>Выбрать папку для скачанных счетов</translation>
    </message>
    <message>
        <source>Nothing was downloaded</source>
        <translation>Ничего не скачано</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of these names already exist in %1. Replace them?</source>
        <translation>
            <numerusform>В %1 уже есть %n файл с таким именем. Заменить?</numerusform>
            <numerusform>В %1 уже есть %n файла с такими именами. Заменить их?</numerusform>
            <numerusform>В %1 уже есть %n файлов с такими именами. Заменить их?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>Скачивание %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded</source>
        <translation>
            <numerusform>Не удалось скачать %n файл</numerusform>
            <numerusform>Не удалось скачать %n файла</numerusform>
            <numerusform>Не удалось скачать %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>No partial file was left.</source>
        <translation>Недокачанных файлов не осталось.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>The current bill's invoice (PDF)</source>
        <translation>Счёт (PDF) текущей строки</translation>
    </message>
    <message>
        <source>The current bill's transcript (XLSX): what each SIM used in the period</source>
        <translation>Расшифровка счёта (XLSX) текущей строки: что потратила каждая SIM-карта за период</translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation>Просмотреть счёт</translation>
    </message>
    <message>
        <source>Preview transcript</source>
        <translation>Просмотреть расшифровку счёта</translation>
    </message>
    <message>
        <source>Copy bill number</source>
        <translation>Копировать номер счёта</translation>
    </message>
    <message>
        <source>Sign in to see the bills.</source>
        <translation>Войдите, чтобы увидеть счета.</translation>
    </message>
    <message>
        <source>Shows the current bill's invoice beside the table</source>
        <translation>Показывает счёт (PDF) текущей строки рядом с таблицей</translation>
    </message>
    <message>
        <source>Shows the current bill's transcript beside the table</source>
        <translation>Показывает расшифровку счёта текущей строки рядом с таблицей</translation>
    </message>
    <message>
        <source>Copies the numbers of the selected bills, one a line</source>
        <translation>Копирует номера выбранных счетов, по одному в строке</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 из %n файла</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
            <numerusform>%1 из %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved in %2; the cancelled file was not left behind.</source>
        <translation>
            <numerusform>Отменено: сохранено %1 из %n файла в %2; отменённый файл не оставлен.</numerusform>
            <numerusform>Отменено: сохранено %1 из %n файлов в %2; отменённый файл не оставлен.</numerusform>
            <numerusform>Отменено: сохранено %1 из %n файлов в %2; отменённый файл не оставлен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) saved in %2.</source>
        <translation>
            <numerusform>Сохранено %1 из %n файла в %2.</numerusform>
            <numerusform>Сохранено %1 из %n файлов в %2.</numerusform>
            <numerusform>Сохранено %1 из %n файлов в %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BulkActionBar</name>
    <message>
        <source>%1 selected</source>
        <comment>SIMs</comment>
        <translation>Выбрано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected SIM(s) are hidden by the filter and no longer selected.</source>
        <translation>
            <numerusform>%Ln выбранная SIM-карта скрыта фильтром и больше не выбрана.</numerusform>
            <numerusform>%Ln выбранные SIM-карты скрыты фильтром и больше не выбраны.</numerusform>
            <numerusform>%Ln выбранных SIM-карт скрыты фильтром и больше не выбраны.</numerusform>
        </translation>
    </message>
    <message>
        <source>More</source>
        <comment>more operations</comment>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Bring them back</source>
        <comment>hidden selected SIMs</comment>
        <translation>Вернуть их</translation>
    </message>
    <message>
        <source>Go back to the filter they were shown with (or clear the filter if it still hides them) and select them again</source>
        <translation>Вернуть фильтр, при котором они были видны (или сбросить фильтр, если он их всё ещё скрывает), и снова выбрать их</translation>
    </message>
</context>
<context>
    <name>simfleet::BulkJobRunner</name>
    <message>
        <source>None of the selected SIMs can be sent this operation.</source>
        <translation>Эту операцию нельзя отправить ни для одной из выбранных SIM-карт.</translation>
    </message>
    <message>
        <source>The groups of a selected SIM are missing from the request.</source>
        <translation>В запросе нет групп одной из выбранных SIM-карт.</translation>
    </message>
    <message>
        <source>The preview lists a SIM both as applicable and as skipped.</source>
        <translation>В предварительном просмотре одна и та же SIM-карта указана и как подходящая, и как пропущенная.</translation>
    </message>
    <message>
        <source>Job %1 is still being sent; retry when it has been sent.</source>
        <translation>Задание %1 ещё отправляется; повторите, когда отправка завершится.</translation>
    </message>
    <message>
        <source>Job %1 has no failed SIMs to send again.</source>
        <translation>В задании %1 нет SIM-карт с ошибками для повторной отправки.</translation>
    </message>
    <message>
        <source>Job %1 is still being sent; wait until it has been sent.</source>
        <translation>Задание %1 ещё отправляется; дождитесь окончания отправки.</translation>
    </message>
    <message>
        <source>Job %1 has no SIMs of unknown outcome to send again.</source>
        <translation>В задании %1 нет SIM-карт с неизвестным результатом для повторной отправки.</translation>
    </message>
    <message>
        <source>This session is read-only: nothing can be sent.</source>
        <translation>Сеанс в режиме «Только чтение»: отправить ничего нельзя.</translation>
    </message>
    <message>
        <source>%1 is not available for SIMs of %2.</source>
        <translation>%1 недоступно для SIM-карт оператора %2.</translation>
    </message>
</context>
<context>
    <name>simfleet::BulkOperationDialog</name>
    <message numerus="yes">
        <source>Block %n SIM(s)</source>
        <translation>
            <numerusform>Заблокировать %n SIM-карту</numerusform>
            <numerusform>Заблокировать %n SIM-карты</numerusform>
            <numerusform>Заблокировать %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n SIM(s)</source>
        <translation>
            <numerusform>Разблокировать %n SIM-карту</numerusform>
            <numerusform>Разблокировать %n SIM-карты</numerusform>
            <numerusform>Разблокировать %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n SIM(s)</source>
        <translation>
            <numerusform>Перезагрузить %n SIM-карту</numerusform>
            <numerusform>Перезагрузить %n SIM-карты</numerusform>
            <numerusform>Перезагрузить %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n SIM(s)</source>
        <translation>
            <numerusform>Отключить %n SIM-карту</numerusform>
            <numerusform>Отключить %n SIM-карты</numerusform>
            <numerusform>Отключить %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ping %n SIM(s)</source>
        <translation>
            <numerusform>Отправить пинг на %n SIM-карту</numerusform>
            <numerusform>Отправить пинг на %n SIM-карты</numerusform>
            <numerusform>Отправить пинг на %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send SMS to %n SIM(s)</source>
        <translation>
            <numerusform>Отправить СМС на %n SIM-карту</numerusform>
            <numerusform>Отправить СМС на %n SIM-карты</numerusform>
            <numerusform>Отправить СМС на %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set data limit on %n SIM(s)</source>
        <translation>
            <numerusform>Установить лимит трафика для %n SIM-карты</numerusform>
            <numerusform>Установить лимит трафика для %n SIM-карт</numerusform>
            <numerusform>Установить лимит трафика для %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tariff of %n SIM(s)</source>
        <translation>
            <numerusform>Сменить тарифный план для %n SIM-карты</numerusform>
            <numerusform>Сменить тарифный план для %n SIM-карт</numerusform>
            <numerusform>Сменить тарифный план для %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-add package on %n SIM(s)</source>
        <translation>
            <numerusform>Переподключить пакет для %n SIM-карты</numerusform>
            <numerusform>Переподключить пакет для %n SIM-карт</numerusform>
            <numerusform>Переподключить пакет для %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set groups of %n SIM(s)</source>
        <translation>
            <numerusform>Назначить группы для %n SIM-карты</numerusform>
            <numerusform>Назначить группы для %n SIM-карт</numerusform>
            <numerusform>Назначить группы для %n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>number of skipped SIMs — why</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None of the selected SIMs can take this operation.</source>
        <translation>Эту операцию нельзя применить ни к одной из выбранных SIM-карт.</translation>
    </message>
    <message>
        <source>The selected SIMs already are as chosen: choose a different value.</source>
        <translation>У выбранных SIM-карт уже установлено выбранное значение: выберите другое.</translation>
    </message>
    <message>
        <source>SIM %1</source>
        <comment>a SIM known only by its id</comment>
        <translation>SIM-карта %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected SIM(s) can take this operation.</source>
        <translation>
            <numerusform>Эту операцию нельзя применить ни к одной из %Ln выбранной SIM-карты.</numerusform>
            <numerusform>Эту операцию нельзя применить ни к одной из %Ln выбранных SIM-карт.</numerusform>
            <numerusform>Эту операцию нельзя применить ни к одной из %Ln выбранных SIM-карт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected SIMs already are as chosen.</source>
        <translation>Нечего менять: у выбранных SIM-карт уже установлено выбранное.</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln SIM(s)</source>
        <translation>
            <numerusform>Применяется к %Ln SIM-карте</numerusform>
            <numerusform>Применяется к %Ln SIM-картам</numerusform>
            <numerusform>Применяется к %Ln SIM-картам</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <comment>SIMs left out of an operation</comment>
        <translation>Пропущено:</translation>
    </message>
    <message numerus="yes">
        <source>Show the %Ln skipped SIM(s)</source>
        <translation>
            <numerusform>Показать %Ln пропущенную SIM-карту</numerusform>
            <numerusform>Показать %Ln пропущенные SIM-карты</numerusform>
            <numerusform>Показать %Ln пропущенных SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes many SIMs at once. Type %1 to confirm:</source>
        <comment>the number of SIMs</comment>
        <translation>Операция затронет много SIM-карт сразу. Для подтверждения введите %1:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM-карта войдёт в группу %1</numerusform>
            <numerusform>%Ln SIM-карты войдут в группу %1</numerusform>
            <numerusform>%Ln SIM-карт войдут в группу %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1 (new)</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM-карта войдёт в новую группу %1</numerusform>
            <numerusform>%Ln SIM-карты войдут в новую группу %1</numerusform>
            <numerusform>%Ln SIM-карт войдут в новую группу %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) leave %1</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM-карта выйдет из группы %1</numerusform>
            <numerusform>%Ln SIM-карты выйдут из группы %1</numerusform>
            <numerusform>%Ln SIM-карт выйдут из группы %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation did not start</source>
        <translation>Операция не запущена</translation>
    </message>
    <message>
        <source>SimFleet could not start the operation.</source>
        <translation>SimFleet не смог запустить операцию.</translation>
    </message>
    <message>
        <source>Copy skipped list</source>
        <translation>Копировать список пропущенных</translation>
    </message>
    <message>
        <source>Copy the skipped SIMs' ICCIDs and reasons to the clipboard</source>
        <translation>Скопировать ICCID пропущенных SIM-карт и причины пропуска в буфер обмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Block the service on %n SIM(s)</source>
        <translation>
            <numerusform>Заблокировать услугу на %n SIM-карте</numerusform>
            <numerusform>Заблокировать услугу на %n SIM-картах</numerusform>
            <numerusform>Заблокировать услугу на %n SIM-картах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock the service on %n SIM(s)</source>
        <translation>
            <numerusform>Разблокировать услугу на %n SIM-карте</numerusform>
            <numerusform>Разблокировать услугу на %n SIM-картах</numerusform>
            <numerusform>Разблокировать услугу на %n SIM-картах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Financially block %n SIM(s)</source>
        <translation>
            <numerusform>Финансово заблокировать %n SIM-карту</numerusform>
            <numerusform>Финансово заблокировать %n SIM-карты</numerusform>
            <numerusform>Финансово заблокировать %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the financial block of %n SIM(s)</source>
        <translation>
            <numerusform>Снять финансовую блокировку с %n SIM-карты</numerusform>
            <numerusform>Снять финансовую блокировку с %n SIM-карт</numerusform>
            <numerusform>Снять финансовую блокировку с %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tariff of %n SIM(s) from the date</source>
        <translation>
            <numerusform>Сменить тариф %n SIM-карты с даты</numerusform>
            <numerusform>Сменить тариф %n SIM-карт с даты</numerusform>
            <numerusform>Сменить тариф %n SIM-карт с даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a top-up packet to %n SIM(s)</source>
        <translation>
            <numerusform>Добавить пакет докупки на %n SIM-карту</numerusform>
            <numerusform>Добавить пакет докупки на %n SIM-карты</numerusform>
            <numerusform>Добавить пакет докупки на %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send an informational SMS to %n SIM(s)</source>
        <translation>
            <numerusform>Отправить информационное SMS на %n SIM-карту</numerusform>
            <numerusform>Отправить информационное SMS на %n SIM-карты</numerusform>
            <numerusform>Отправить информационное SMS на %n SIM-карт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BulkOperations</name>
    <message>
        <source>Another SimFleet window or simfleet-cli --wait (process %1) is using the bulk jobs of this account, so they are shown read-only here and cannot be sent or retried. Close the other one, then choose Try again on the Operations page.</source>
        <translation>Массовыми заданиями этой учётной записи пользуется другое окно SimFleet или simfleet-cli --wait (процесс %1), поэтому здесь они показаны только для чтения: отправлять и повторять их нельзя. Закройте другое окно, затем нажмите «Повторить попытку» на странице «Операции».</translation>
    </message>
    <message>
        <source>Operations are not available: the job journal is not open.</source>
        <translation>Операции недоступны: журнал заданий не открыт.</translation>
    </message>
    <message>
        <source>The job journal was damaged and has been set aside as %1; a new one was started. Jobs sent before are no longer listed — check them on the SIMs page.</source>
        <translation>Журнал заданий был повреждён и отложен в файл %1; начат новый журнал. Ранее отправленные задания больше не показываются — проверьте их SIM-карты на странице «SIM-карты».</translation>
    </message>
    <message>
        <source>The audit trail was damaged and has been set aside as %1; a new one was started.</source>
        <translation>Журнал аудита был повреждён и отложен в файл %1; начат новый журнал.</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <comment>retried operation and its job number</comment>
        <translation>%1 (задание %2)</translation>
    </message>
    <message>
        <source>SIM %1: “%2” → “%3”</source>
        <translation>SIM-карта %1: «%2» → «%3»</translation>
    </message>
    <message>
        <source>SIM %1: “%2” → “%3” failed: %4</source>
        <translation>SIM-карта %1: «%2» → «%3», ошибка: %4</translation>
    </message>
    <message>
        <source>The action was not written to the audit trail: %1</source>
        <translation>Действие не записано в журнал аудита: %1</translation>
    </message>
    <message>
        <source>The queue ID %1 was not written to the audit trail: %2</source>
        <translation>ID в очереди %1 не записан в журнал аудита: %2</translation>
    </message>
    <message>
        <source>Checking the progress of bulk jobs failed: %1 SimFleet keeps trying; jobs stay listed on the Operations page.</source>
        <translation>Не удалось проверить ход выполнения массовых заданий: %1 SimFleet продолжает попытки; задания по-прежнему видны на странице «Операции».</translation>
    </message>
</context>
<context>
    <name>simfleet::BulkWait</name>
    <message numerus="yes">
        <source>%1: %n SIM(s) would be sent the operation</source>
        <translation>
            <numerusform>%1: операция будет отправлена для %n SIM-карты</numerusform>
            <numerusform>%1: операция будет отправлена для %n SIM-карт</numerusform>
            <numerusform>%1: операция будет отправлена для %n SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) would be skipped:</source>
        <translation>
            <numerusform>%n SIM-карта будет пропущена:</numerusform>
            <numerusform>%n SIM-карты будут пропущены:</numerusform>
            <numerusform>%n SIM-карт будет пропущено:</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIM %1: %2</source>
        <translation>  SIM-карта %1: %2</translation>
    </message>
    <message>
        <source>Could not read job %1 from the journal.</source>
        <translation>Не удалось прочитать задание %1 из журнала.</translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Задание %1 (%2): %3</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>  SIM %1: %2 (%3)</source>
        <translation>  SIM-карта %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) can be sent again safely: simfleet-cli sims retry --job %1</source>
        <translation>
            <numerusform>%n SIM-карту можно безопасно отправить повторно: simfleet-cli sims retry --job %1</numerusform>
            <numerusform>%n SIM-карты можно безопасно отправить повторно: simfleet-cli sims retry --job %1</numerusform>
            <numerusform>%n SIM-карт можно безопасно отправить повторно: simfleet-cli sims retry --job %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n SIM(s): NovaConnect gave no clear answer and may have queued the operation; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with simfleet-cli sims retry --job %1 --resend-unknown.</source>
        <translation>
            <numerusform>Результат неизвестен для %n SIM-карты: NovaConnect не дал однозначного ответа и мог поставить операцию в очередь; проверить это нельзя, и вместе с SIM-картами с ошибкой она повторно не отправляется. Повторная отправка может выполнить операцию дважды: только через simfleet-cli sims retry --job %1 --resend-unknown.</numerusform>
            <numerusform>Результат неизвестен для %n SIM-карт: NovaConnect не дал однозначного ответа и мог поставить операцию в очередь; проверить это нельзя, и вместе с SIM-картами с ошибкой они повторно не отправляются. Повторная отправка может выполнить операцию дважды: только через simfleet-cli sims retry --job %1 --resend-unknown.</numerusform>
            <numerusform>Результат неизвестен для %n SIM-карт: NovaConnect не дал однозначного ответа и мог поставить операцию в очередь; проверить это нельзя, и вместе с SIM-картами с ошибкой они повторно не отправляются. Повторная отправка может выполнить операцию дважды: только через simfleet-cli sims retry --job %1 --resend-unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIMs: %1</source>
        <translation>  SIM-карты: %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2 of %n SIM(s) resolved</source>
        <translation>
            <numerusform>Задание %1: известен итог для %2 из %n SIM-карты</numerusform>
            <numerusform>Задание %1: известен итог для %2 из %n SIM-карт</numerusform>
            <numerusform>Задание %1: известен итог для %2 из %n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1 Run the command again once that SimFleet window is closed or that simfleet-cli command has finished.</source>
        <translation>Ничего не отправлено: %1 Запустите команду снова, когда то окно SimFleet будет закрыто или та команда simfleet-cli завершится.</translation>
    </message>
    <message>
        <source>Job %1 had not finished: its remaining SIMs are being sent and those whose answer was lost are being read back.</source>
        <translation>Задание %1 не было завершено: оставшиеся SIM-карты отправляются, а те, ответ для которых потерян, перечитываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) can be sent again safely: %1</source>
        <translation>
            <numerusform>%n SIM-карту можно безопасно отправить повторно: %1</numerusform>
            <numerusform>%n SIM-карты можно безопасно отправить повторно: %1</numerusform>
            <numerusform>%n SIM-карт можно безопасно отправить повторно: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n SIM(s): the operator gave no clear answer and may have made the change; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with %1 --resend-unknown.</source>
        <translation>
            <numerusform>Результат неизвестен для %n SIM-карты: оператор не дал однозначного ответа и мог выполнить изменение; проверить это нельзя, и вместе с SIM-картами с ошибкой она повторно не отправляется. Повторная отправка может выполнить изменение дважды: только через %1 --resend-unknown.</numerusform>
            <numerusform>Результат неизвестен для %n SIM-карт: оператор не дал однозначного ответа и мог выполнить изменение; проверить это нельзя, и вместе с SIM-картами с ошибкой они повторно не отправляются. Повторная отправка может выполнить изменение дважды: только через %1 --resend-unknown.</numerusform>
            <numerusform>Результат неизвестен для %n SIM-карт: оператор не дал однозначного ответа и мог выполнить изменение; проверить это нельзя, и вместе с SIM-картами с ошибкой они повторно не отправляются. Повторная отправка может выполнить изменение дважды: только через %1 --resend-unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>simfleet::CombinedFleetModel</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
</context>
<context>
    <name>simfleet::CombinedFleetPage</name>
    <message>
        <source>All accounts</source>
        <comment>navigation</comment>
        <translation>Все учётные записи</translation>
    </message>
    <message>
        <source>Reading the saved accounts' fleets…</source>
        <translation>Читаются парки сохранённых учётных записей…</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все учётные записи</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 SIMs in %n account(s)</source>
        <translation>
            <numerusform>%1 из %2 SIM-карт в %n учётной записи</numerusform>
            <numerusform>%1 из %2 SIM-карт в %n учётных записях</numerusform>
            <numerusform>%1 из %2 SIM-карт в %n учётных записях</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its saved fleet could not be read (%2). Open the account to read it again.</source>
        <translation>%1: сохранённый парк не удалось прочитать (%2). Откройте учётную запись, чтобы прочитать его заново.</translation>
    </message>
    <message>
        <source>%1: nothing saved on this computer yet. Open the account once to include its SIMs.</source>
        <translation>%1: на этом компьютере ещё ничего не сохранено. Откройте учётную запись один раз, чтобы добавить её SIM-карты.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 SIMs as of %4</source>
        <translation>%1 (%2): SIM-карт: %3 на %4</translation>
    </message>
    <message>
        <source>Search number, ICCID, name, tariff or account</source>
        <translation>Поиск по номеру, ICCID, названию, тарифу или учётной записи</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Read every saved account's fleet again from this computer</source>
        <translation>Заново прочитать парк каждой сохранённой учётной записи с этого компьютера</translation>
    </message>
    <message>
        <source>SIMs of all saved accounts</source>
        <translation>SIM-карты всех сохранённых учётных записей</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
</context>
<context>
    <name>simfleet::CompanyCard</name>
    <message>
        <source>Prepaid</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation>Постоплата</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Уникальный ID (налоговый номер):</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Договор:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Тип расчётов:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Preliminary balance:</source>
        <translation>Предварительный баланс:</translation>
    </message>
    <message>
        <source>The balance including what was used since the last bill (postpaid companies)</source>
        <translation>Баланс с учётом расходов после последнего счёта (при постоплате)</translation>
    </message>
    <message>
        <source>Overdraft:</source>
        <translation>Овердрафт:</translation>
    </message>
</context>
<context>
    <name>simfleet::DashboardCounts</name>
    <message numerus="yes">
        <source>%Ln SIM(s)</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM-карта</numerusform>
            <numerusform>%Ln SIM-карты</numerusform>
            <numerusform>%Ln SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SIM of the account (click to clear the filter)</source>
        <translation>Все SIM-карты учётной записи (щёлкните, чтобы сбросить фильтр)</translation>
    </message>
    <message>
        <source>TD: %1</source>
        <translation>TD: %1</translation>
    </message>
    <message>
        <source>SIMs with the TD profile</source>
        <translation>SIM-карты профиля TD</translation>
    </message>
    <message>
        <source>TC: %1</source>
        <translation>TC: %1</translation>
    </message>
    <message>
        <source>SIMs with the TC profile</source>
        <translation>SIM-карты профиля TC</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: SIM count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SIMs blocked for any reason</source>
        <translation>SIM-карты с любой блокировкой</translation>
    </message>
    <message>
        <source>SIMs with a status code SimFleet does not know</source>
        <translation>SIM-карты с кодом статуса, неизвестным SimFleet</translation>
    </message>
</context>
<context>
    <name>simfleet::DemoBackend</name>
    <message>
        <source>The built-in NovaConnect emulator could not open a port on this computer.</source>
        <translation>Встроенный эмулятор NovaConnect не смог открыть порт на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>simfleet::DonutChart</name>
    <message>
        <source>%1: %2</source>
        <comment>chart legend: part of the fleet: SIM count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln SIM(s), %2 % of the fleet</source>
        <comment>chart tooltip</comment>
        <translation>
            <numerusform>%1
%Ln SIM-карта, %2 % от всех</numerusform>
            <numerusform>%1
%Ln SIM-карты, %2 % от всех</numerusform>
            <numerusform>%1
%Ln SIM-карт, %2 % от всех</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them in the SIM table</source>
        <translation>Нажмите, чтобы показать их в таблице SIM-карт</translation>
    </message>
</context>
<context>
    <name>simfleet::FilterBar</name>
    <message>
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All limit types</source>
        <translation>Все типы лимитов</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>All tariffs</source>
        <translation>Все тарифы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s)</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM-карта</numerusform>
            <numerusform>%Ln SIM-карты</numerusform>
            <numerusform>%Ln SIM-карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SIM(s)</source>
        <comment>shown of total SIM cards</comment>
        <translation>
            <numerusform>%1 из %Ln SIM-карты</numerusform>
            <numerusform>%1 из %Ln SIM-карт</numerusform>
            <numerusform>%1 из %Ln SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds SIMs by ICCID, number, external number, name or group</source>
        <translation>Поиск SIM-карт по ICCID, номеру, внешнему номеру, названию или группе</translation>
    </message>
    <message>
        <source>Show SIMs of one profile</source>
        <translation>Показать SIM-карты выбранного профиля</translation>
    </message>
    <message>
        <source>Show SIMs with one status</source>
        <translation>Показать SIM-карты с выбранным статусом</translation>
    </message>
    <message>
        <source>Show only the selected SIMs; turn off to show every SIM again, the selection kept</source>
        <translation>Показать только выбранные SIM-карты; при выключении снова видны все SIM-карты, а выбор сохраняется</translation>
    </message>
    <message>
        <source>Show SIMs of one group</source>
        <translation>Показать SIM-карты выбранной группы</translation>
    </message>
    <message>
        <source>Show SIMs on one tariff plan</source>
        <translation>Показать SIM-карты на выбранном тарифном плане</translation>
    </message>
    <message>
        <source>ICCID, number, name, group…</source>
        <translation>ICCID, номер, название, группа…</translation>
    </message>
    <message>
        <source>Only selected</source>
        <comment>show only the selected SIMs</comment>
        <translation>Только выбранные</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every SIM again</source>
        <translation>Снова показать все SIM-карты</translation>
    </message>
    <message>
        <source>Show SIMs with one data limit type, or those near their data limit</source>
        <translation>Показать SIM-карты с выбранным типом лимита трафика или те, что близки к своему лимиту</translation>
    </message>
    <message>
        <source>Limit near or reached (%1% or more used)</source>
        <translation>Лимит почти или полностью израсходован (%1 % и более)</translation>
    </message>
    <message>
        <source>Search SIMs</source>
        <translation>Поиск SIM-карт</translation>
    </message>
    <message>
        <source>ICCID, number, name…</source>
        <translation>ICCID, номер, название…</translation>
    </message>
</context>
<context>
    <name>simfleet::FleetExporter</name>
    <message>
        <source>None</source>
        <comment>data limit type</comment>
        <translation>Без лимита</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation>Календарный месяц</translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <translation>Пакет без автопродления</translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
        <translation>Пакет с автопродлением</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>External number</source>
        <translation>Внешний номер</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM name</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SIM status</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>MSU</source>
        <translation>MSU</translation>
    </message>
    <message>
        <source>Limit type</source>
        <comment>data limit</comment>
        <translation>Тип лимита</translation>
    </message>
    <message>
        <source>Limit (MB)</source>
        <comment>data limit</comment>
        <translation>Лимит (МБ)</translation>
    </message>
    <message>
        <source>Used (MB)</source>
        <comment>data used</comment>
        <translation>Израсходовано (МБ)</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <source>Package auto-renew</source>
        <translation>Автопродление пакета</translation>
    </message>
    <message>
        <source>Tariff change locked until</source>
        <translation>Дата снятия блокировки на смену ТП</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation>Не удалось экспортировать: не указано имя файла.</translation>
    </message>
</context>
<context>
    <name>simfleet::FleetGlanceCard</name>
    <message>
        <source>The charts need the whole fleet loaded. This account has more SIMs than the server-side threshold, so the SIM table reads them from NovaConnect page by page; raise the threshold in the preferences to see the charts.</source>
        <translation>Для диаграмм нужны все SIM-карты учётной записи. Их больше, чем порог работы на стороне сервера, поэтому таблица SIM-карт читает их из NovaConnect постранично; чтобы увидеть диаграммы, увеличьте порог в настройках.</translation>
    </message>
    <message>
        <source>Offline: the figures are those of %1.</source>
        <translation>Нет связи: данные на %1.</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Не удалось обновить: %1</translation>
    </message>
    <message>
        <source>Loading the fleet…</source>
        <translation>Загрузка SIM-карт…</translation>
    </message>
    <message>
        <source>This account has no SIMs yet.</source>
        <translation>В этой учётной записи пока нет SIM-карт.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in the fleet</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM-карта</numerusform>
            <numerusform>%Ln SIM-карты</numerusform>
            <numerusform>%Ln SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>Other profile</source>
        <translation>Другой профиль</translation>
    </message>
    <message>
        <source>Package used up: %1</source>
        <translation>Пакет израсходован: %1</translation>
    </message>
    <message>
        <source>Data limit near or reached: %1</source>
        <translation>Лимит трафика почти или полностью израсходован: %1</translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation>SIM-карты: сводка</translation>
    </message>
    <message>
        <source>SIMs by status</source>
        <translation>SIM-карты по статусу</translation>
    </message>
    <message>
        <source>SIMs by profile</source>
        <translation>SIM-карты по профилю</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Требуют внимания:</translation>
    </message>
    <message>
        <source>SIMs blocked because their package is used up (click to show them)</source>
        <translation>SIM-карты, заблокированные по истечении пакета (нажмите, чтобы показать их)</translation>
    </message>
    <message>
        <source>SIMs that used %1 % or more of their data limit (click to show them)</source>
        <translation>SIM-карты, израсходовавшие %1 % лимита трафика или больше (нажмите, чтобы показать их)</translation>
    </message>
</context>
<context>
    <name>simfleet::FleetLoadStatus</name>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>SimFleet shows the saved fleet of %1; it cannot change SIMs until the connection is back. %2</source>
        <translation>SimFleet показывает сохранённый список SIM-карт на %1; изменять SIM-карты нельзя, пока связь не восстановится. %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Large fleet: NovaConnect filters, sorts and pages the list</source>
        <translation>Большой парк: NovaConnect сам фильтрует, сортирует и разбивает список на страницы</translation>
    </message>
    <message>
        <source>Offline — snapshot of %1</source>
        <translation>Нет связи — снимок от %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <comment>time the shown data was loaded</comment>
        <translation>По состоянию на %1</translation>
    </message>
</context>
<context>
    <name>simfleet::FleetModel</name>
    <message>
        <source>TD SIMs have no balance of their own.</source>
        <translation>У SIM-карт профиля TD нет собственного баланса.</translation>
    </message>
    <message>
        <source>TD SIMs have no MSU.</source>
        <translation>У SIM-карт профиля TD нет MSU.</translation>
    </message>
    <message>
        <source>The data package renews automatically.</source>
        <translation>Пакет трафика продлевается автоматически.</translation>
    </message>
    <message>
        <source>The data package does not renew automatically.</source>
        <translation>Пакет трафика не продлевается автоматически.</translation>
    </message>
    <message>
        <source>Tariff change locked until %1</source>
        <translation>Смена тарифного плана заблокирована до %1</translation>
    </message>
    <message>
        <source>ICCID: the serial number printed on the SIM card</source>
        <translation>ICCID: серийный номер, напечатанный на SIM-карте</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Phone number of the SIM (MSISDN)</source>
        <translation>Телефонный номер SIM-карты (MSISDN)</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>External number: the number the SIM is reachable at from outside</source>
        <translation>Внешний номер: номер, по которому SIM-карта доступна извне</translation>
    </message>
    <message>
        <source>Ext. number</source>
        <comment>external phone number, short</comment>
        <translation>Внешн. номер</translation>
    </message>
    <message>
        <source>Name your company gave the SIM</source>
        <translation>Название, которое ваша компания дала SIM-карте</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Profile: TD (package tariffs) or TC (MSU, balance, monthly limits)</source>
        <translation>Профиль: TD (пакетные тарифы) или TC (MSU, баланс, месячные лимиты)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Block status of the SIM</source>
        <translation>Состояние блокировки SIM-карты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Balance of the SIM (TC profile only)</source>
        <translation>Баланс SIM-карты (только профиль TC)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>MSU allowance of the SIM (TC profile only)</source>
        <translation>Количество MSU у SIM-карты (только профиль TC)</translation>
    </message>
    <message>
        <source>MSU</source>
        <translation>MSU</translation>
    </message>
    <message>
        <source>Data limit type, and data used / data limit (TC: per calendar month; TD: package size)</source>
        <translation>Тип лимита трафика, израсходовано / лимит (TC: за календарный месяц; TD: размер пакета)</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>data limit</comment>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation>Тарифный план</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Whether the data package renews automatically</source>
        <translation>Продлевается ли пакет трафика автоматически</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <comment>package auto-renew, short</comment>
        <translation>Автопродление</translation>
    </message>
    <message>
        <source>Tariff change locked until this date</source>
        <translation>Смена тарифного плана заблокирована до этой даты</translation>
    </message>
    <message>
        <source>Tariff lock</source>
        <comment>short</comment>
        <translation>Блокировка смены ТП</translation>
    </message>
    <message>
        <source>Groups the SIM belongs to</source>
        <translation>Группы, в которые входит SIM-карта</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Comment: advice from NovaConnect about this SIM</source>
        <translation>Комментарий: рекомендации NovaConnect по этой SIM-карте</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>simfleet::GlossaryDialog</name>
    <message>
        <source>SIM profile: TD and TC</source>
        <translation>Профиль SIM-карты: TD и TC</translation>
    </message>
    <message>
        <source>Every SIM has one of two profiles, shown as is. The profile decides which operations apply; SimFleet sends an operation only to the SIMs it applies to and says how many it skips.</source>
        <translation>У каждой SIM-карты один из двух профилей; их коды показываются как есть. От профиля зависит, какие операции применимы: SimFleet отправляет операцию только тем SIM-картам, к которым она применима, и сообщает, сколько пропущено.</translation>
    </message>
    <message>
        <source>Ping, SMS, tariff plan and re-add package apply to TD SIMs only.</source>
        <translation>Пинг, СМС, смена тарифного плана и переподключение пакета — только для SIM-карт TD.</translation>
    </message>
    <message>
        <source>Data limits (none or per calendar month) apply to TC SIMs only.</source>
        <translation>Лимит трафика (без лимита или на календарный месяц) — только для SIM-карт TC.</translation>
    </message>
    <message>
        <source>A counter NovaConnect keeps for each TC SIM (the MSU column). A SIM that uses up its MSU allowance is blocked by MSU, and that block cannot be lifted.</source>
        <translation>Счётчик, который NovaConnect ведёт для каждой SIM-карты TC (столбец MSU). SIM-карта, израсходовавшая свой лимит MSU, получает блокировку по MSU, и эту блокировку снять нельзя.</translation>
    </message>
    <message>
        <source>Block codes</source>
        <comment>glossary term</comment>
        <translation>Коды блокировки</translation>
    </message>
    <message>
        <source>The status of a SIM is its block code: one letter from NovaConnect.</source>
        <translation>Состояние SIM-карты — это её код блокировки: одна буква от NovaConnect.</translation>
    </message>
    <message>
        <source>Job and queue</source>
        <comment>glossary term</comment>
        <translation>Задание и очередь</translation>
    </message>
    <message>
        <source>An operation on SIMs is a job. NovaConnect does not change the SIMs while it answers: it puts the job in its queue and returns a queue ID. The Operations page follows every job until each SIM is done, failed or unconfirmed; "sent" means NovaConnect took the request and has no state that could confirm it.</source>
        <translation>Операция над SIM-картами — это задание. Отвечая, NovaConnect ещё не меняет SIM-карты: она ставит задание в свою очередь и возвращает ID в очереди. Страница «Операции» следит за каждым заданием, пока каждая SIM-карта не окажется в состоянии «Выполнено», «Ошибка» или «Не подтверждено»; «Отправлено» значит, что NovaConnect приняла запрос, но состояния, которое могло бы это подтвердить, нет.</translation>
    </message>
    <message>
        <source>External number</source>
        <comment>glossary term</comment>
        <translation>Внешний номер</translation>
    </message>
    <message>
        <source>A further number NovaConnect records for a SIM besides its own number. SimFleet shows it and finds SIMs by it; it cannot be changed here.</source>
        <translation>Ещё один номер, который NovaConnect хранит для SIM-карты помимо её собственного номера. SimFleet показывает его и ищет по нему SIM-карты; изменить его здесь нельзя.</translation>
    </message>
    <message>
        <source>The serial number of the SIM card itself, printed on the card.</source>
        <translation>Серийный номер самой SIM-карты, напечатанный на карте.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupMembershipDialog</name>
    <message numerus="yes">
        <source>Add %n SIM(s) to %1</source>
        <translation>
            <numerusform>Добавить %n SIM-карту в группу «%1»</numerusform>
            <numerusform>Добавить %n SIM-карты в группу «%1»</numerusform>
            <numerusform>Добавить %n SIM-карт в группу «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from %1</source>
        <translation>
            <numerusform>Убрать %n SIM-карту из группы «%1»</numerusform>
            <numerusform>Убрать %n SIM-карты из группы «%1»</numerusform>
            <numerusform>Убрать %n SIM-карт из группы «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no groups yet: create one on the Groups page.</source>
        <translation>Групп пока нет: создайте группу на странице «Группы».</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Выберите группу.</translation>
    </message>
    <message>
        <source>No SIMs chosen.</source>
        <translation>SIM-карты не выбраны.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the %Ln SIM(s) are already in %1.</source>
        <translation>
            <numerusform>Менять нечего: %Ln SIM-карта уже в группе «%1».</numerusform>
            <numerusform>Менять нечего: %Ln SIM-карты уже в группе «%1».</numerusform>
            <numerusform>Менять нечего: %Ln SIM-карт уже в группе «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: none of the %Ln SIM(s) is in %1.</source>
        <translation>
            <numerusform>Менять нечего: %Ln SIM-карты нет в группе «%1».</numerusform>
            <numerusform>Менять нечего: ни одной из %Ln SIM-карт нет в группе «%1».</numerusform>
            <numerusform>Менять нечего: ни одной из %Ln SIM-карт нет в группе «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1; their other groups stay.</source>
        <translation>
            <numerusform>%Ln SIM-карта войдёт в группу «%1»; её остальные группы сохранятся.</numerusform>
            <numerusform>%Ln SIM-карты войдут в группу «%1»; их остальные группы сохранятся.</numerusform>
            <numerusform>%Ln SIM-карт войдут в группу «%1»; их остальные группы сохранятся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) leave %1; their other groups stay.</source>
        <translation>
            <numerusform>%Ln SIM-карта выйдет из группы «%1»; её остальные группы сохранятся.</numerusform>
            <numerusform>%Ln SIM-карты выйдут из группы «%1»; их остальные группы сохранятся.</numerusform>
            <numerusform>%Ln SIM-карт выйдут из группы «%1»; их остальные группы сохранятся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes %Ln request(s) to NovaConnect: one for each different set of groups the SIMs are in now, since a request gives all its SIMs the same groups.</source>
        <translation>
            <numerusform>Потребуется %Ln запрос к NovaConnect: по одному на каждый различный набор групп, в которых SIM-карты состоят сейчас, — запрос назначает всем своим SIM-картам одни и те же группы.</numerusform>
            <numerusform>Потребуется %Ln запроса к NovaConnect: по одному на каждый различный набор групп, в которых SIM-карты состоят сейчас, — запрос назначает всем своим SIM-картам одни и те же группы.</numerusform>
            <numerusform>Потребуется %Ln запросов к NovaConnect: по одному на каждый различный набор групп, в которых SIM-карты состоят сейчас, — запрос назначает всем своим SIM-картам одни и те же группы.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>number of skipped SIMs — why</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <comment>SIMs left out of an operation</comment>
        <translation>Пропущено:</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of the list match no SIM of the loaded fleet and are left out: %1</source>
        <translation>
            <numerusform>%Ln строка списка не совпадает ни с одной SIM-картой загруженного парка и пропущена: %1</numerusform>
            <numerusform>%Ln строки списка не совпадают ни с одной SIM-картой загруженного парка и пропущены: %1</numerusform>
            <numerusform>%Ln строк списка не совпадают ни с одной SIM-картой загруженного парка и пропущены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Добавить в группу</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Убрать из группы</translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation>В этом окне операции недоступны.</translation>
    </message>
    <message>
        <source>The operation did not start</source>
        <translation>Операция не запущена</translation>
    </message>
    <message>
        <source>SimFleet could not start the operation.</source>
        <translation>SimFleet не удалось запустить операцию.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n SIM(s) to a group</source>
        <translation>
            <numerusform>Добавить %n SIM-карту в группу</numerusform>
            <numerusform>Добавить %n SIM-карты в группу</numerusform>
            <numerusform>Добавить %n SIM-карт в группу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from a group</source>
        <translation>
            <numerusform>Убрать %n SIM-карту из группы</numerusform>
            <numerusform>Убрать %n SIM-карты из группы</numerusform>
            <numerusform>Убрать %n SIM-карт из группы</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupNameDialog</name>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>SIMs can be in several groups. Add SIMs to the group once it exists.</source>
        <translation>SIM-карта может состоять в нескольких группах. Добавьте SIM-карты в группу, когда она будет создана.</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>a group</comment>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Переименовать группу</translation>
    </message>
    <message>
        <source>Rename the group "%1". Its SIMs stay in it.</source>
        <translation>Переименовать группу «%1». Её SIM-карты останутся в ней.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a group</comment>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>group</comment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupPicker</name>
    <message numerus="yes">
        <source>%1 of the %Ln selected SIM(s) are in this group. Partly checked, each SIM stays as it is; click to put all of them in it, click again to take all of them out.</source>
        <translation>
            <numerusform>В этой группе %1 из %Ln выбранной SIM-карты. С частичной отметкой каждая SIM-карта остаётся как есть; щёлкните, чтобы включить в группу все, щёлкните ещё раз, чтобы исключить все.</numerusform>
            <numerusform>В этой группе %1 из %Ln выбранных SIM-карт. С частичной отметкой каждая SIM-карта остаётся как есть; щёлкните, чтобы включить в группу все, щёлкните ещё раз, чтобы исключить все.</numerusform>
            <numerusform>В этой группе %1 из %Ln выбранных SIM-карт. С частичной отметкой каждая SIM-карта остаётся как есть; щёлкните, чтобы включить в группу все, щёлкните ещё раз, чтобы исключить все.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Загрузка групп…</translation>
    </message>
    <message>
        <source>The groups could not be loaded</source>
        <translation>Не удалось загрузить группы</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>a group created by this operation</comment>
        <translation>%1 (новая)</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Поиск групп</translation>
    </message>
    <message>
        <source>New groups (separate names with commas):</source>
        <translation>Новые группы (названия через запятую):</translation>
    </message>
    <message>
        <source>e.g. Trucks north, Spare</source>
        <translation>например: Грузовики север, Резерв</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add new group names to the list</comment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupSimsModel</name>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SIM</comment>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupTableModel</name>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>group</comment>
        <translation>Создана</translation>
    </message>
    <message>
        <source>SIMs</source>
        <comment>number of SIMs in a group</comment>
        <translation>SIM-карт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) of the loaded fleet are in this group</source>
        <translation>
            <numerusform>В этой группе %Ln SIM-карта загруженного парка</numerusform>
            <numerusform>В этой группе %Ln SIM-карты загруженного парка</numerusform>
            <numerusform>В этой группе %Ln SIM-карт загруженного парка</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: this fleet is too large to load, so SimFleet shows it page by page from NovaConnect (server-side mode). Use "Show in SIM table" to see the group's SIMs.</source>
        <translation>Не подсчитано: парк слишком велик, чтобы загрузить его целиком, и SimFleet показывает его постранично из NovaConnect (работа на сервере). SIM-карты группы покажет «Показать в таблице SIM-карт».</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupsModel</name>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Введите название группы.</translation>
    </message>
    <message>
        <source>A group named "%1" already exists. Group names must differ (letter case aside).</source>
        <translation>Группа «%1» уже есть. Названия групп должны различаться (без учёта регистра букв).</translation>
    </message>
    <message>
        <source>Groups cannot be changed in this window.</source>
        <translation>В этом окне группы изменить нельзя.</translation>
    </message>
    <message>
        <source>The groups have not been read yet: refresh and try again.</source>
        <translation>Группы ещё не прочитаны: обновите их и попробуйте снова.</translation>
    </message>
    <message>
        <source>This group is no longer in the list: refresh and try again.</source>
        <translation>Этой группы больше нет в списке: обновите его и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>simfleet::GroupsPage</name>
    <message numerus="yes">
        <source>The %Ln SIM(s) selected on the SIMs page</source>
        <translation>
            <numerusform>%Ln SIM-карта, выбранная на странице «SIM-карты»</numerusform>
            <numerusform>%Ln SIM-карты, выбранные на странице «SIM-карты»</numerusform>
            <numerusform>%Ln SIM-карт, выбранных на странице «SIM-карты»</numerusform>
        </translation>
    </message>
    <message>
        <source>From a list of ICCIDs, numbers or ids…</source>
        <translation>По списку ICCID, номеров или ID…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln SIM(s) selected in the list below</source>
        <translation>
            <numerusform>%Ln SIM-карта, выбранная в списке ниже</numerusform>
            <numerusform>%Ln SIM-карты, выбранные в списке ниже</numerusform>
            <numerusform>%Ln SIM-карт, выбранных в списке ниже</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>navigation</comment>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change groups.</source>
        <translation>Чтобы изменять группы, войдите как администратор.</translation>
    </message>
    <message>
        <source>Offline — changing groups needs a connection to NovaConnect.</source>
        <translation>Нет связи — для изменения групп нужно подключение к NovaConnect.</translation>
    </message>
    <message>
        <source>The groups have not been read yet.</source>
        <translation>Группы ещё не прочитаны.</translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation>В этом окне операции недоступны.</translation>
    </message>
    <message>
        <source>The groups could not be read</source>
        <translation>Не удалось прочитать группы</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached. The groups shown are as last read; creating, renaming, deleting and changing SIMs' groups wait for the connection.</source>
        <translation>NovaConnect недоступен. Группы показаны такими, какими были прочитаны в последний раз; создание, переименование, удаление групп и изменение групп SIM-карт ждут подключения.</translation>
    </message>
    <message>
        <source>Reading the groups…</source>
        <translation>Чтение групп…</translation>
    </message>
    <message>
        <source>No groups shown</source>
        <translation>Группы не показаны</translation>
    </message>
    <message>
        <source>Sign in to see the account's groups.</source>
        <translation>Войдите, чтобы увидеть группы учётной записи.</translation>
    </message>
    <message>
        <source>No group matches the filter</source>
        <translation>Ни одна группа не подходит под фильтр</translation>
    </message>
    <message>
        <source>No group name contains "%1".</source>
        <translation>Ни одно название группы не содержит «%1».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Групп пока нет</translation>
    </message>
    <message>
        <source>Groups sort SIMs by site, customer or purpose; a SIM can be in several. Create the first one.</source>
        <translation>Группы делят SIM-карты по объектам, клиентам или назначению; SIM-карта может состоять в нескольких. Создайте первую.</translation>
    </message>
    <message>
        <source>Groups that administrators create appear here.</source>
        <translation>Здесь появятся группы, которые создадут администраторы.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Сначала выберите группу.</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Создать группу</translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation>Переименовать выбранную группу</translation>
    </message>
    <message>
        <source>Delete the selected group; its SIMs stay in the fleet and in their other groups</source>
        <translation>Удалить выбранную группу; её SIM-карты остаются в парке и в своих остальных группах</translation>
    </message>
    <message>
        <source>Add SIMs to the selected group; their other groups stay</source>
        <translation>Добавить SIM-карты в выбранную группу; их остальные группы сохранятся</translation>
    </message>
    <message>
        <source>Remove SIMs from the selected group; their other groups stay</source>
        <translation>Убрать SIM-карты из выбранной группы; их остальные группы сохранятся</translation>
    </message>
    <message>
        <source>Select a group to see its SIMs.</source>
        <translation>Выберите группу, чтобы увидеть её SIM-карты.</translation>
    </message>
    <message>
        <source>SIMs in %1: this fleet is shown page by page from NovaConnect (server-side mode); "Show in SIM table" lists them.</source>
        <translation>SIM-карты группы «%1»: этот парк показывается постранично из NovaConnect (работа на сервере); их покажет «Показать в таблице SIM-карт».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in %1</source>
        <comment>SIMs of a group</comment>
        <translation>
            <numerusform>%Ln SIM-карта в группе «%1»</numerusform>
            <numerusform>%Ln SIM-карты в группе «%1»</numerusform>
            <numerusform>%Ln SIM-карт в группе «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group "%1"? The SIMs in it stay in the fleet and in their other groups; only this group is taken off them.</source>
        <translation>Удалить группу «%1»? Её SIM-карты останутся в парке и в своих остальных группах; с них снимается только эта группа.</translation>
    </message>
    <message>
        <source>Delete the group "%1"? No SIM of the loaded fleet is in it.</source>
        <translation>Удалить группу «%1»? В ней нет ни одной SIM-карты загруженного парка.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group "%1"? %Ln SIM(s) are in it. The SIMs themselves stay in the fleet and in their other groups; only this group is taken off them.</source>
        <translation>
            <numerusform>Удалить группу «%1»? В ней %Ln SIM-карта. Сами SIM-карты останутся в парке и в своих остальных группах; с них снимается только эта группа.</numerusform>
            <numerusform>Удалить группу «%1»? В ней %Ln SIM-карты. Сами SIM-карты останутся в парке и в своих остальных группах; с них снимается только эта группа.</numerusform>
            <numerusform>Удалить группу «%1»? В ней %Ln SIM-карт. Сами SIM-карты останутся в парке и в своих остальных группах; с них снимается только эта группа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>The group "%1" was not deleted</source>
        <translation>Группа «%1» не удалена</translation>
    </message>
    <message>
        <source>Filter groups by name</source>
        <translation>Фильтр групп по названию</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Новая группа…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <comment>a group</comment>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <comment>a group</comment>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <source>Add &amp;SIMs…</source>
        <comment>to a group</comment>
        <translation>&amp;Добавить SIM-карты…</translation>
    </message>
    <message>
        <source>Remove S&amp;IMs…</source>
        <comment>from a group</comment>
        <translation>У&amp;брать SIM-карты…</translation>
    </message>
    <message>
        <source>Read the groups again (F5)</source>
        <translation>Прочитать группы заново (F5)</translation>
    </message>
    <message>
        <source>Show in SIM table</source>
        <translation>Показать в таблице SIM-карт</translation>
    </message>
    <message>
        <source>Open the SIMs page filtered by this group</source>
        <translation>Открыть страницу «SIM-карты» с фильтром по этой группе</translation>
    </message>
    <message>
        <source>Groups page, in the list: delete the selected group</source>
        <translation>Страница «Группы», в списке: удалить выбранную группу</translation>
    </message>
    <message>
        <source>Groups page, in the list: rename the selected group</source>
        <translation>Страница «Группы», в списке: переименовать выбранную группу</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>SIMs in the group</source>
        <translation>SIM-карты группы</translation>
    </message>
</context>
<context>
    <name>simfleet::HomeCard</name>
    <message>
        <source>Offline: shown as read at %1.</source>
        <translation>Нет связи: показаны данные на %1.</translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation>Не удалось обновить: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>simfleet::HomePage</name>
    <message>
        <source>Home</source>
        <comment>navigation</comment>
        <translation>Главная</translation>
    </message>
</context>
<context>
    <name>simfleet::ImportSelectionDialog</name>
    <message>
        <source>Load a list of SIMs</source>
        <translation>Загрузить список SIM-карт</translation>
    </message>
    <message>
        <source>Lists of SIMs (*.txt *.csv);;All files (*)</source>
        <translation>Списки SIM-карт (*.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) matched no SIM:</source>
        <comment>not found entries</comment>
        <translation>
            <numerusform>%Ln значение не совпало ни с одной SIM-картой:</numerusform>
            <numerusform>%Ln значения не совпали ни с одной SIM-картой:</numerusform>
            <numerusform>%Ln значений не совпало ни с одной SIM-картой:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) selected.</source>
        <comment>after selecting from a list</comment>
        <translation>
            <numerusform>Выбрана %Ln SIM-карта.</numerusform>
            <numerusform>Выбраны %Ln SIM-карты.</numerusform>
            <numerusform>Выбрано %Ln SIM-карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching SIM(s) are hidden by the current filter.</source>
        <translation>
            <numerusform>%Ln подходящая SIM-карта скрыта текущим фильтром.</numerusform>
            <numerusform>%Ln подходящие SIM-карты скрыты текущим фильтром.</numerusform>
            <numerusform>%Ln подходящих SIM-карт скрыто текущим фильтром.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select SIMs from a list</source>
        <translation>Выбор SIM-карт по списку</translation>
    </message>
    <message>
        <source>Paste ICCIDs or phone numbers — one per line, or separated by commas, semicolons or spaces — or load a .txt or .csv file. A CSV with a header row (such as SimFleet's export) is read by its ICCID, number and id columns. SIM ids are matched only from an id column or written as id:1042.</source>
        <translation>Вставьте ICCID или номера телефонов — по одному в строке или через запятую, точку с запятой или пробел — или загрузите файл .txt или .csv. CSV со строкой заголовков (например, экспорт SimFleet) читается по столбцам ICCID, номера и id. Идентификаторы SIM-карт сопоставляются только из столбца id или в записи вида id:1042.</translation>
    </message>
    <message>
        <source>8997012345678901234
+7 701 123-45-67
…</source>
        <translation>8997012345678901234
+7 701 123-45-67
…</translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation>Загрузить файл…</translation>
    </message>
    <message>
        <source>Select</source>
        <comment>select SIMs in the table</comment>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Clear the filter and select them</source>
        <translation>Сбросить фильтр и выбрать их</translation>
    </message>
    <message>
        <source>Copy not found</source>
        <translation>Копировать ненайденные</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>simfleet::InlineBanner</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>simfleet::Invocation</name>
    <message numerus="yes">
        <source>Warning: %n record(s) in the server's answer could not be read and were left out.</source>
        <translation>
            <numerusform>Внимание: %n запись в ответе сервера не удалось прочитать, она пропущена.</numerusform>
            <numerusform>Внимание: %n записи в ответе сервера не удалось прочитать, они пропущены.</numerusform>
            <numerusform>Внимание: %n записей в ответе сервера не удалось прочитать, они пропущены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::InvoicePreviewPane</name>
    <message>
        <source>The invoice is not a PDF file SimFleet can show.</source>
        <translation>Счёт не является PDF-файлом, который SimFleet может показать.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Подогнать страницу по ширине панели</translation>
    </message>
    <message>
        <source>Select a bill to see its invoice here.</source>
        <translation>Выберите счёт, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Loading the invoice…</source>
        <translation>Загрузка счёта…</translation>
    </message>
    <message>
        <source>The invoice could not be shown: %1</source>
        <translation>Не удалось показать счёт: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>simfleet::JobDetailsPanel</name>
    <message>
        <source>All SIMs of the job (%1)</source>
        <translation>Все SIM-карты задания (%1)</translation>
    </message>
    <message>
        <source>Failed SIMs (%1)</source>
        <translation>SIM-карты с ошибкой (%1)</translation>
    </message>
    <message>
        <source>Skipped SIMs (%1)</source>
        <translation>Пропущенные SIM-карты (%1)</translation>
    </message>
    <message>
        <source>Unconfirmed SIMs (%1)</source>
        <translation>Неподтверждённые SIM-карты (%1)</translation>
    </message>
    <message>
        <source>SIMs of unknown outcome (%1)</source>
        <translation>SIM-карты с неизвестным результатом (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>filter of SIM outcomes</comment>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Select these SIMs</source>
        <translation>Выбрать эти SIM-карты</translation>
    </message>
    <message>
        <source>Select SIMs of this job on the SIMs page</source>
        <translation>Выбрать SIM-карты этого задания на странице «SIM-карты»</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save what became of each SIM of this job as a CSV file</source>
        <translation>Сохранить результат по каждой SIM-карте этого задания в файл CSV</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <comment>job number and operation</comment>
        <translation>Задание %1 · %2</translation>
    </message>
    <message>
        <source>Select a job to see what became of each SIM.</source>
        <translation>Выберите задание, чтобы увидеть результат по каждой SIM-карте.</translation>
    </message>
    <message>
        <source>Send again anyway…</source>
        <translation>Всё равно отправить снова…</translation>
    </message>
    <message numerus="yes">
        <source>NovaConnect gave no clear answer for %n SIM(s) and this operation cannot be checked: they may already have received it. Asks before sending it again.</source>
        <translation>
            <numerusform>NovaConnect не дал однозначного ответа для %n SIM-карты, а эту операцию проверить нельзя: она могла уже её получить. Перед повторной отправкой будет задан вопрос.</numerusform>
            <numerusform>NovaConnect не дал однозначного ответа для %n SIM-карт, а эту операцию проверить нельзя: они могли уже её получить. Перед повторной отправкой будет задан вопрос.</numerusform>
            <numerusform>NovaConnect не дал однозначного ответа для %n SIM-карт, а эту операцию проверить нельзя: они могли уже её получить. Перед повторной отправкой будет задан вопрос.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed (%L1)</source>
        <translation>Повторить неудавшиеся (%L1)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторить неудавшиеся</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>Сначала выберите задание.</translation>
    </message>
    <message>
        <source>Changes are not allowed in this session.</source>
        <translation>В этом сеансе изменения запрещены.</translation>
    </message>
    <message>
        <source>The job is still being sent; failed SIMs can be retried when it has been.</source>
        <translation>Задание ещё отправляется; повторить отправку для SIM-карт с ошибкой можно будет, когда отправка завершится.</translation>
    </message>
    <message>
        <source>NovaConnect reported these SIMs as failed after queueing them; only SIMs whose request was refused can be sent again. Start a new operation for them.</source>
        <translation>NovaConnect сообщил об ошибке для этих SIM-карт уже после постановки в очередь; повторно отправить можно только SIM-карты, запрос для которых был отклонён. Запустите для них новую операцию.</translation>
    </message>
    <message>
        <source>No SIM of this job failed.</source>
        <translation>В этом задании нет SIM-карт с ошибкой.</translation>
    </message>
    <message numerus="yes">
        <source>Send the operation again to the %n failed SIM(s) only</source>
        <translation>
            <numerusform>Повторно отправить операцию только для %n SIM-карты с ошибкой</numerusform>
            <numerusform>Повторно отправить операцию только для %n SIM-карт с ошибкой</numerusform>
            <numerusform>Повторно отправить операцию только для %n SIM-карт с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed SIMs were not sent again</source>
        <translation>SIM-карты с ошибкой не отправлены повторно</translation>
    </message>
    <message>
        <source>Send again anyway?</source>
        <translation>Всё равно отправить снова?</translation>
    </message>
    <message numerus="yes">
        <source>NovaConnect gave no clear answer when %n SIM(s) of this job were sent "%1", and SimFleet cannot check whether it was carried out.</source>
        <translation>
            <numerusform>NovaConnect не дал однозначного ответа, когда %n SIM-карте этого задания была отправлена операция «%1», и SimFleet не может проверить, выполнена ли она.</numerusform>
            <numerusform>NovaConnect не дал однозначного ответа, когда %n SIM-картам этого задания была отправлена операция «%1», и SimFleet не может проверить, выполнена ли она.</numerusform>
            <numerusform>NovaConnect не дал однозначного ответа, когда %n SIM-картам этого задания была отправлена операция «%1», и SimFleet не может проверить, выполнена ли она.</numerusform>
        </translation>
    </message>
    <message>
        <source>NovaConnect may already have queued it. If so, these SIMs receive the operation twice: an SMS is delivered and charged twice, a disconnect or reconnect happens twice. Send again only if you know it did not arrive.</source>
        <translation>NovaConnect мог уже поставить её в очередь. Тогда эти SIM-карты получат операцию дважды: SMS будет доставлено и оплачено дважды, отключение или переподключение произойдёт дважды. Отправляйте повторно, только если знаете, что операция не дошла.</translation>
    </message>
    <message>
        <source>Send again anyway</source>
        <translation>Всё равно отправить снова</translation>
    </message>
    <message>
        <source>The SIMs were not sent again</source>
        <translation>SIM-карты не были отправлены повторно</translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation>Экспорт задания %1</translation>
    </message>
    <message>
        <source>job-%1</source>
        <comment>default export file name</comment>
        <translation>задание-%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>simfleet::JobListModel</name>
    <message>
        <source>%1%</source>
        <comment>progress percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>operation: its parameters</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not recorded: the job finished before this version of SimFleet kept the time.</source>
        <translation>Не записано: задание завершилось до того, как эта версия SimFleet стала сохранять время.</translation>
    </message>
    <message>
        <source>The job is still running.</source>
        <translation>Задание ещё выполняется.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>job column: how many SIMs were sent, skipped, failed...</comment>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>job column</comment>
        <translation>Запущено</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>job column: when the job finished</comment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>job column</comment>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>State</source>
        <comment>job column</comment>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>who started the job</comment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Queue IDs</source>
        <translation>ID в очереди</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>job state and its progress, e.g. In progress 42%</comment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Текст: «%1»</translation>
    </message>
    <message>
        <source>Data limit: none</source>
        <translation>Лимит трафика: нет</translation>
    </message>
    <message>
        <source>Data limit: %1 MB per calendar month</source>
        <translation>Лимит трафика: %1 МБ на календарный месяц</translation>
    </message>
    <message>
        <source>Package size: %1 MB</source>
        <translation>Размер пакета: %1 МБ</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>с автопродлением</translation>
    </message>
    <message>
        <source>no auto-renew</source>
        <translation>без автопродления</translation>
    </message>
    <message>
        <source>worldwide roaming on</source>
        <translation>роуминг во всём мире включён</translation>
    </message>
    <message>
        <source>worldwide roaming off</source>
        <translation>роуминг во всём мире выключен</translation>
    </message>
    <message numerus="yes">
        <source>join %n group(s)</source>
        <translation>
            <numerusform>вход в %n группу</numerusform>
            <numerusform>вход в %n группы</numerusform>
            <numerusform>вход в %n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leave %n group(s)</source>
        <translation>
            <numerusform>выход из %n группы</numerusform>
            <numerusform>выход из %n групп</numerusform>
            <numerusform>выход из %n групп</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing group(s)</source>
        <translation>
            <numerusform>%n существующая группа</numerusform>
            <numerusform>%n существующие группы</numerusform>
            <numerusform>%n существующих групп</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>новые: %1</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Нет групп</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>интернет</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>звонки</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Услуга: %1</translation>
    </message>
    <message>
        <source>Tariff %1 from %2</source>
        <translation>Тариф %1 с %2</translation>
    </message>
    <message>
        <source>Top-up packet %1</source>
        <translation>Пакет докупки %1</translation>
    </message>
    <message>
        <source>The first top-up packet of each SIM's tariff</source>
        <translation>Первый пакет докупки тарифа каждой SIM-карты</translation>
    </message>
    <message>
        <source>About: calls</source>
        <translation>О звонках</translation>
    </message>
    <message>
        <source>About: internet</source>
        <translation>Об интернете</translation>
    </message>
</context>
<context>
    <name>simfleet::JobSimsModel</name>
    <message>
        <source>NovaConnect's code: %1</source>
        <translation>Код NovaConnect: %1</translation>
    </message>
    <message>
        <source>SIM ID</source>
        <translation>ID SIM-карты</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM name</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>what became of the SIM in a job</comment>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>the numbered request (chunk) of a job that carried the SIM</comment>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>ID в очереди</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Статус в очереди</translation>
    </message>
</context>
<context>
    <name>simfleet::JobsIndicator</name>
    <message>
        <source>Jobs: %L1</source>
        <comment>running bulk jobs</comment>
        <translation>Задания: %L1</translation>
    </message>
    <message>
        <source>Running jobs:</source>
        <translation>Выполняемые задания:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n SIM(s): %2%</source>
        <comment>operation, SIM count: progress</comment>
        <translation>
            <numerusform>%1, %n SIM-карта: %2%</numerusform>
            <numerusform>%1, %n SIM-карты: %2%</numerusform>
            <numerusform>%1, %n SIM-карт: %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs: done</source>
        <comment>all bulk jobs finished</comment>
        <translation>Задания: выполнено</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <comment>the newest job's state</comment>
        <translation>Задания: %1</translation>
    </message>
    <message>
        <source>No job is running. Show the Operations page.</source>
        <translation>Нет выполняемых заданий. Показать страницу «Операции».</translation>
    </message>
</context>
<context>
    <name>simfleet::JobsPanel</name>
    <message>
        <source>No operations yet. Select SIMs on the SIMs page and choose an operation.</source>
        <translation>Операций пока нет. Выберите SIM-карты на странице «SIM-карты» и укажите операцию.</translation>
    </message>
    <message>
        <source>No operations yet. Operations that administrators of this account start in SimFleet on this computer appear here.</source>
        <translation>Операций пока нет. Здесь появляются операции, которые администраторы этой учётной записи запускают в SimFleet на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>simfleet::KeyboardShortcutsDialog</name>
    <message>
        <source>%1 → %2</source>
        <comment>menu → menu item</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Go to the next / previous control (Tab leaves the SIM table)</source>
        <translation>Следующий / предыдущий элемент (Tab выводит из таблицы SIM-карт)</translation>
    </message>
    <message>
        <source>Open the context menu of the current row</source>
        <translation>Открыть контекстное меню текущей строки</translation>
    </message>
    <message>
        <source>In the search field: go to the SIM table</source>
        <translation>В поле поиска: перейти к таблице SIM-карт</translation>
    </message>
    <message>
        <source>In the SIM table: select every SIM shown</source>
        <translation>В таблице SIM-карт: выбрать все показанные SIM-карты</translation>
    </message>
    <message>
        <source>In the SIM table: rename the SIM (when you may change SIMs)</source>
        <translation>В таблице SIM-карт: переименовать SIM-карту (если вам разрешено менять SIM-карты)</translation>
    </message>
    <message>
        <source>On a saved filter: apply it</source>
        <translation>На сохранённом фильтре: применить его</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys that work in SimFleet. Menu items can also be reached with Alt and the underlined letter.</source>
        <translation>Клавиши, которые работают в SimFleet. Пункты меню доступны также через Alt и подчёркнутую букву.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what a shortcut does</comment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Go to the search or filter field of the page shown</source>
        <translation>Перейти в поле поиска или фильтра открытой страницы</translation>
    </message>
    <message>
        <source>In a search or filter field: clear it</source>
        <translation>В поле поиска или фильтра: очистить его</translation>
    </message>
</context>
<context>
    <name>simfleet::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Go to the %1 page</source>
        <translation>Перейти на страницу «%1»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: company — application</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Операции</translation>
    </message>
    <message>
        <source>Show &amp;jobs</source>
        <translation>Показать &amp;задания</translation>
    </message>
    <message>
        <source>Open the Operations page: bulk jobs and the audit trail</source>
        <translation>Открыть страницу «Операции»: массовые задания и журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>List every key SimFleet understands</source>
        <translation>Все клавиши, которые понимает SimFleet</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <source>What MSU, the TD and TC profiles, block codes and the job queue mean</source>
        <translation>Что значат MSU, профили TD и TC, коды блокировки и очередь заданий</translation>
    </message>
    <message>
        <source>&amp;About SimFleet</source>
        <translation>&amp;О программе SimFleet</translation>
    </message>
    <message>
        <source>Go to the next pane</source>
        <translation>Перейти к следующей панели</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Перейти к предыдущей панели</translation>
    </message>
    <message>
        <source>Interface language; change it in View → Language</source>
        <translation>Язык интерфейса; изменить: Вид → Язык</translation>
    </message>
    <message>
        <source>About SimFleet</source>
        <translation>О программе SimFleet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimFleet %1&lt;/h3&gt;&lt;p&gt;A desktop workspace for fleets of IoT SIM cards on the NovaConnect API.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SimFleet %1&lt;/h3&gt;&lt;p&gt;Рабочее место для управления парками IoT SIM-карт через API NovaConnect.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsCard</name>
    <message>
        <source>No account notifications yet. To receive them (SIMs blocked or out of data, new and unpaid bills), turn on the listener in Preferences → Operations and set the notification address shown there in the NovaConnect web cabinet.</source>
        <translation>Уведомлений учётной записи пока нет. Чтобы получать их (блокировки SIM-карт и окончание трафика, новые и неоплаченные счета), включите приём в «Настройки → Операции» и укажите показанный там адрес уведомлений в личном кабинете NovaConnect.</translation>
    </message>
    <message>
        <source>Account notifications</source>
        <translation>Уведомления учётной записи</translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation>Открыть уведомления</translation>
    </message>
    <message>
        <source>Double-click a notification to see it on the Notifications page</source>
        <translation>Дважды щёлкните уведомление, чтобы открыть его на странице «Уведомления»</translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsController</name>
    <message>
        <source>All SIMs are blocked: a bill is unpaid</source>
        <translation>Все SIM-карты заблокированы: счёт не оплачен</translation>
    </message>
    <message>
        <source>NovaConnect blocked every SIM of the account because a bill is unpaid.</source>
        <translation>NovaConnect заблокировал все SIM-карты учётной записи, потому что счёт не оплачен.</translation>
    </message>
    <message>
        <source>NovaConnect blocked every SIM of the account because bill %1 is unpaid.</source>
        <translation>NovaConnect заблокировал все SIM-карты учётной записи, потому что счёт %1 не оплачен.</translation>
    </message>
    <message>
        <source>The web cabinet and the API are restricted too, so SimFleet may fail to load or change data. Pay the bill to have the SIMs unblocked; Open Bills shows it.</source>
        <translation>Личный кабинет и API тоже ограничены, поэтому SimFleet может не суметь загрузить или изменить данные. Оплатите счёт, чтобы SIM-карты разблокировали; кнопка «Открыть счета» покажет его.</translation>
    </message>
    <message>
        <source>Open Bills</source>
        <translation>Открыть счета</translation>
    </message>
    <message>
        <source>The demo could not send the notification: its emulator or listener is not running. Restart the demo.</source>
        <translation>Демо не смогло отправить уведомление: его эмулятор или приём уведомлений не работает. Перезапустите демо.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Демо</translation>
    </message>
    <message>
        <source>Send an account notification</source>
        <translation>Отправить уведомление учётной записи</translation>
    </message>
    <message>
        <source>SIMs blocked by MSU (msu_lock)</source>
        <translation>SIM-карты заблокированы по MSU (msu_lock)</translation>
    </message>
    <message>
        <source>Data package used up (package_empty)</source>
        <translation>Пакет трафика израсходован (package_empty)</translation>
    </message>
    <message>
        <source>New bill (generate_bill)</source>
        <translation>Новый счёт (generate_bill)</translation>
    </message>
    <message>
        <source>Unpaid bill: reminder (unpaid_bill_3)</source>
        <translation>Неоплаченный счёт: напоминание (unpaid_bill_3)</translation>
    </message>
    <message>
        <source>Unpaid bill: second reminder (unpaid_bill_5)</source>
        <translation>Неоплаченный счёт: повторное напоминание (unpaid_bill_5)</translation>
    </message>
    <message>
        <source>Unpaid bill: all SIMs blocked (unpaid_bill_6)</source>
        <translation>Неоплаченный счёт: все SIM-карты заблокированы (unpaid_bill_6)</translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsModel</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>файл слишком большой</translation>
    </message>
    <message>
        <source>it is not a notifications list</source>
        <translation>это не список уведомлений</translation>
    </message>
    <message>
        <source>The list of account notifications in %1 could not be read (%2). New notifications start a new list.</source>
        <translation>Не удалось прочитать список уведомлений учётной записи в %1 (%2). Новые уведомления начнут новый список.</translation>
    </message>
    <message>
        <source>A file of an account notification was not saved. %1</source>
        <translation>Файл из уведомления учётной записи не сохранён. %1</translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation>не удалось создать его папку</translation>
    </message>
    <message>
        <source>The list of account notifications could not be stored in %1 (%2); it is kept until SimFleet quits. Check the disk space and permissions.</source>
        <translation>Не удалось сохранить список уведомлений учётной записи в %1 (%2); он хранится до выхода из SimFleet. Проверьте свободное место на диске и права доступа.</translation>
    </message>
    <message>
        <source>SIMs blocked by MSU</source>
        <translation>SIM-карты заблокированы по MSU</translation>
    </message>
    <message>
        <source>Data package used up</source>
        <translation>Пакет трафика израсходован</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>Новый счёт</translation>
    </message>
    <message>
        <source>Unpaid bill: reminder</source>
        <translation>Неоплаченный счёт: напоминание</translation>
    </message>
    <message>
        <source>Unpaid bill: second reminder</source>
        <translation>Неоплаченный счёт: повторное напоминание</translation>
    </message>
    <message>
        <source>Unpaid bill: all SIMs blocked</source>
        <translation>Неоплаченный счёт: все SIM-карты заблокированы</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Другое (%1)</translation>
    </message>
    <message>
        <source>SIMs were blocked by the MSU limit; the notification named none.</source>
        <translation>SIM-карты заблокированы по лимиту MSU; в уведомлении они не перечислены.</translation>
    </message>
    <message>
        <source>SIMs blocked by the MSU limit (%1): %2</source>
        <translation>SIM-карты заблокированы по лимиту MSU (%1): %2</translation>
    </message>
    <message>
        <source>SIMs used up their data package; the notification named none.</source>
        <translation>SIM-карты израсходовали пакет трафика; в уведомлении они не перечислены.</translation>
    </message>
    <message>
        <source>SIMs out of data (%1): %2</source>
        <translation>SIM-карты без трафика (%1): %2</translation>
    </message>
    <message>
        <source>SimFleet does not know this kind of notification; it is listed as it arrived.</source>
        <translation>SimFleet не знает этот вид уведомлений; оно показано в том виде, в каком пришло.</translation>
    </message>
    <message>
        <source>A bill is unpaid: all SIMs are blocked.</source>
        <translation>Счёт не оплачен: все SIM-карты заблокированы.</translation>
    </message>
    <message>
        <source>The notification named no bill.</source>
        <translation>В уведомлении не указан счёт.</translation>
    </message>
    <message>
        <source>Bill %1 for %2 issued, %3</source>
        <translation>Выставлен счёт %1 за %2, %3</translation>
    </message>
    <message>
        <source>Bill %1 for %2 is unpaid (%3): all SIMs are blocked</source>
        <translation>Счёт %1 за %2 не оплачен (%3): все SIM-карты заблокированы</translation>
    </message>
    <message>
        <source>Bill %1 for %2 is unpaid, %3</source>
        <translation>Счёт %1 за %2 не оплачен, %3</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(и ещё %1)</translation>
    </message>
    <message>
        <source>%1 not saved</source>
        <translation>%1 не сохранён</translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <comment>navigation</comment>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <comment>navigation, unread count</comment>
        <translation>Уведомления (%1)</translation>
    </message>
    <message>
        <source>Clear notifications</source>
        <translation>Очистить уведомления</translation>
    </message>
    <message>
        <source>Remove every notification from the list? Files they saved stay in their folder.</source>
        <translation>Удалить все уведомления из списка? Сохранённые файлы останутся в папке.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation>Уведомлений: %1</translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation>непрочитанных: %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open the file the selected notification carried</source>
        <translation>Открыть файл, пришедший с выбранным уведомлением</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Show the folder the file was saved in</source>
        <translation>Показать папку, в которую сохранён файл</translation>
    </message>
    <message>
        <source>Show SIMs</source>
        <translation>Показать SIM-карты</translation>
    </message>
    <message>
        <source>Select the notification's SIMs on the SIMs page</source>
        <translation>Выделить SIM-карты из уведомления на странице «SIM-карты»</translation>
    </message>
    <message>
        <source>Open bill</source>
        <translation>Открыть счёт</translation>
    </message>
    <message>
        <source>Show the notification's bill on the Bills page</source>
        <translation>Показать счёт из уведомления на странице «Счета»</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <source>Remove every notification from the list (saved files stay)</source>
        <translation>Удалить все уведомления из списка (сохранённые файлы останутся)</translation>
    </message>
    <message>
        <source>No account notifications</source>
        <translation>Нет уведомлений учётной записи</translation>
    </message>
    <message>
        <source>NovaConnect can tell SimFleet when SIMs are blocked or run out of data and when a bill is issued or unpaid. To receive these notifications, turn on the listener in Preferences → Operations and set the notification address shown there in the NovaConnect web cabinet. Files they carry are saved into the bills folder.</source>
        <translation>NovaConnect может сообщать SimFleet, когда SIM-карты блокируются или остаются без трафика и когда счёт выставлен или не оплачен. Чтобы получать эти уведомления, включите приём в «Настройки → Операции» и укажите показанный там адрес уведомлений в личном кабинете NovaConnect. Пришедшие с ними файлы сохраняются в папку счетов.</translation>
    </message>
</context>
<context>
    <name>simfleet::OperationParamsEditor</name>
    <message>
        <source>Wait until the groups are loaded.</source>
        <translation>Дождитесь загрузки групп.</translation>
    </message>
    <message>
        <source>Check or uncheck a group first: nothing changes yet.</source>
        <translation>Сначала отметьте группу или снимите отметку: пока ничего не меняется.</translation>
    </message>
    <message>
        <source>The selected SIMs have different data limits: choose the limit type.</source>
        <translation>У выбранных SIM-карт разные лимиты трафика: выберите тип лимита.</translation>
    </message>
    <message>
        <source>Choose the package size: the selected SIMs have different ones, or none.</source>
        <translation>Выберите размер пакета: у выбранных SIM-карт он разный или не задан.</translation>
    </message>
    <message>
        <source>Choose whether the package renews itself: the selected SIMs differ.</source>
        <translation>Выберите, продлевается ли пакет автоматически: у выбранных SIM-карт это по-разному.</translation>
    </message>
    <message>
        <source>An SMS holds at most %1 characters; the text was cut to fit.</source>
        <translation>В одно СМС помещается не более %1 символов; текст обрезан.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>SMS characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Blocking stops data and calls on these SIMs until they are unblocked.</source>
        <translation>Блокировка отключает передачу данных и звонки на этих SIM-картах до их разблокировки.</translation>
    </message>
    <message>
        <source>Unblocking lets these SIMs use data and calls again. A SIM blocked by its MSU limit (code m) cannot be unblocked: such SIMs are skipped.</source>
        <translation>Разблокировка снова разрешает этим SIM-картам передачу данных и звонки. SIM-карту с блокировкой по MSU (код m) разблокировать нельзя: такие SIM-карты пропускаются.</translation>
    </message>
    <message>
        <source>NovaConnect carries out a reconnect as a disconnect from the network: each SIM's session is ended and the SIM reconnects by itself.</source>
        <translation>NovaConnect выполняет перезагрузку как отключение от сети: сессия каждой SIM-карты завершается, и SIM-карта сама подключается заново.</translation>
    </message>
    <message>
        <source>Disconnecting ends each SIM's current network session. The SIM reconnects by itself when it next needs the network.</source>
        <translation>Отключение завершает текущую сессию каждой SIM-карты в сети. SIM-карта сама подключится снова, когда ей в следующий раз понадобится сеть.</translation>
    </message>
    <message>
        <source>NovaConnect pings each SIM to check that it answers on the network.</source>
        <translation>NovaConnect отправляет пинг на каждую SIM-карту, чтобы проверить, отвечает ли она в сети.</translation>
    </message>
    <message>
        <source>The text is sent to each SIM as one SMS.</source>
        <translation>Текст отправляется на каждую SIM-карту одним СМС.</translation>
    </message>
    <message>
        <source>The data limit blocks a SIM's data once it has used the given amount in a calendar month. "Off" removes the limit.</source>
        <translation>Лимит трафика блокирует передачу данных SIM-карты, как только она израсходует заданный объём за календарный месяц. «Без лимита» снимает лимит.</translation>
    </message>
    <message>
        <source>Sets the data package of each SIM's tariff plan.</source>
        <translation>Устанавливает пакет трафика в тарифном плане каждой SIM-карты.</translation>
    </message>
    <message>
        <source>Adds the tariff plan's data package to each SIM again.</source>
        <translation>Заново подключает каждой SIM-карте пакет трафика её тарифного плана.</translation>
    </message>
    <message>
        <source>Checked: every selected SIM is in the group. Unchecked: none is. Partly checked: the group is kept by the SIMs in it now and not added to the others. The list starts as the SIMs are now; only what you change is sent.</source>
        <translation>Отмечено: все выбранные SIM-карты в группе. Не отмечено: ни одна. Частично отмечено: SIM-карты, которые сейчас в группе, остаются в ней, а остальные в неё не входят. Список показывает, как сейчас; отправляется только то, что вы измените.</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>Текст СМС</translation>
    </message>
    <message>
        <source>Limit &amp;type:</source>
        <translation>&amp;Тип лимита:</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>data limit type</comment>
        <translation>Без лимита</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation>Календарный месяц</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>data limit</comment>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>&amp;Package size:</source>
        <translation>&amp;Размер пакета:</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Auto-renew the package when it is used up</source>
        <translation>Автопродление пакета, когда он израсходован</translation>
    </message>
    <message>
        <source>Worldwide roaming (TD_Mega)</source>
        <translation>Роуминг во всём мире (TD_Mega)</translation>
    </message>
    <message>
        <source>Partly checked: each SIM keeps its roaming setting.</source>
        <translation>Частично отмечено: у каждой SIM-карты остаётся её настройка роуминга.</translation>
    </message>
    <message>
        <source>Partly checked: the selected SIMs differ; check or uncheck to choose.</source>
        <translation>Частично отмечено: у выбранных SIM-карт по-разному; отметьте или снимите отметку, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Choose the tariff the SIMs move to.</source>
        <translation>Выберите тариф, на который перейдут SIM-карты.</translation>
    </message>
    <message>
        <source>The new tariff cannot start before %1: choose that day or a later one.</source>
        <translation>Новый тариф не может начаться раньше %1: выберите этот или более поздний день.</translation>
    </message>
    <message>
        <source>Blocks one service (internet, SMS or calls) on each SIM; the others keep working. One request is sent per SIM.</source>
        <translation>Блокирует одну услугу (интернет, СМС или звонки) на каждой SIM-карте; остальные продолжают работать. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>Allows one service (internet, SMS or calls) on each SIM again. One request is sent per SIM.</source>
        <translation>Снова разрешает одну услугу (интернет, СМС или звонки) на каждой SIM-карте. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>A financial block stops each SIM until it is lifted. One request is sent per SIM.</source>
        <translation>Финансовая блокировка останавливает каждую SIM-карту, пока её не снимут. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>Lifts the financial block of each SIM. One request is sent per SIM.</source>
        <translation>Снимает финансовую блокировку с каждой SIM-карты. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>Each SIM moves to the chosen tariff on the chosen day. One request is sent per SIM.</source>
        <translation>Каждая SIM-карта перейдёт на выбранный тариф в выбранный день. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>Adds a top-up packet to each SIM's tariff. One request is sent per SIM.</source>
        <translation>Добавляет дополнительный пакет к тарифу каждой SIM-карты. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>The operator sends each SIM's subscriber an SMS about their calls or internet packet. One request is sent per SIM.</source>
        <translation>Оператор отправляет абоненту каждой SIM-карты СМС о его звонках или интернет-пакете. На каждую SIM-карту отправляется отдельный запрос.</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>цена %1</translation>
    </message>
    <message>
        <source>Tariff %1</source>
        <translation>Тариф %1</translation>
    </message>
    <message>
        <source>The first top-up of each SIM's tariff</source>
        <translation>Первый дополнительный пакет тарифа каждой SIM-карты</translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation>тариф %1</translation>
    </message>
    <message>
        <source>Top-up %1</source>
        <translation>Дополнительный пакет %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>top-up name — its MB, price and tariff</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The operator's tariffs are not available in this window.</source>
        <translation>Тарифы оператора недоступны в этом окне.</translation>
    </message>
    <message>
        <source>Wait until the operator's tariffs are loaded.</source>
        <translation>Дождитесь загрузки тарифов оператора.</translation>
    </message>
    <message>
        <source>The operator's tariffs could not be read, so none can be chosen. Close this dialog and try again once the connection is back.</source>
        <translation>Не удалось получить тарифы оператора, поэтому выбрать тариф нельзя. Закройте это окно и повторите попытку, когда связь восстановится.</translation>
    </message>
    <message numerus="yes">
        <source>This top-up belongs to the tariff %1, and %n of the selected SIM(s) are on another tariff: choose the first top-up of each SIM's tariff, or select only SIMs on %1.</source>
        <translation>
            <numerusform>Этот дополнительный пакет относится к тарифу %1, а %n из выбранных SIM-карт находится на другом тарифе: выберите первый дополнительный пакет тарифа каждой SIM-карты или выделите только SIM-карты на тарифе %1.</numerusform>
            <numerusform>Этот дополнительный пакет относится к тарифу %1, а %n из выбранных SIM-карт находятся на другом тарифе: выберите первый дополнительный пакет тарифа каждой SIM-карты или выделите только SIM-карты на тарифе %1.</numerusform>
            <numerusform>Этот дополнительный пакет относится к тарифу %1, а %n из выбранных SIM-карт находятся на другом тарифе: выберите первый дополнительный пакет тарифа каждой SIM-карты или выделите только SIM-карты на тарифе %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a top-up from the list.</source>
        <translation>Выберите дополнительный пакет из списка.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Услуга:</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Выберите услугу</translation>
    </message>
    <message>
        <source>Internet</source>
        <comment>service</comment>
        <translation>Интернет</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>service</comment>
        <translation>СМС</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>service</comment>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>New &amp;tariff:</source>
        <translation>Новый &amp;тариф:</translation>
    </message>
    <message>
        <source>Choose a tariff</source>
        <translation>Выберите тариф</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>the first day of the new tariff</comment>
        <translation>&amp;С даты:</translation>
    </message>
    <message>
        <source>The first day of the new tariff, in the operator's calendar. Today or a later day.</source>
        <translation>Первый день нового тарифа по календарю оператора: сегодня или позже.</translation>
    </message>
    <message>
        <source>&amp;Top-up:</source>
        <translation>&amp;Дополнительный пакет:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <comment>what the informational SMS is about</comment>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Choose what the SMS is about</source>
        <translation>Выберите, о чём СМС</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>informational SMS about</comment>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Internet packet</source>
        <comment>informational SMS about</comment>
        <translation>Интернет-пакет</translation>
    </message>
</context>
<context>
    <name>simfleet::OperationsController</name>
    <message>
        <source>SimFleet could not start listening for the provider's progress reports. Job progress will come from re-reading the SIMs instead.</source>
        <translation>SimFleet не смог начать приём отчётов провайдера о ходе выполнения. Ход выполнения заданий будет определяться повторным чтением SIM-карт.</translation>
    </message>
    <message>
        <source>SimFleet could not listen for the provider's progress reports on port %1 (another program may be using it). Choose another port in Preferences → Operations; until then job progress comes from re-reading the SIMs.</source>
        <translation>SimFleet не смог принимать отчёты провайдера о ходе выполнения на порту %1 (возможно, он занят другой программой). Выберите другой порт в разделе Настройки → Операции; до тех пор ход выполнения заданий определяется повторным чтением SIM-карт.</translation>
    </message>
    <message>
        <source>The journal of bulk operations could not be opened: %1 Operations are disabled until it can be; check the disk space and permissions of %2.</source>
        <translation>Не удалось открыть журнал массовых операций: %1 Операции недоступны, пока его не удастся открыть; проверьте свободное место на диске и права доступа к %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the job for %n SIM(s) was sent to the provider. Follow it on the Operations page (Ctrl+J).</source>
        <translation>
            <numerusform>%1: задание для %n SIM-карты отправлено провайдеру. Следите за ним на странице «Операции» (Ctrl+J).</numerusform>
            <numerusform>%1: задание для %n SIM-карт отправлено провайдеру. Следите за ним на странице «Операции» (Ctrl+J).</numerusform>
            <numerusform>%1: задание для %n SIM-карт отправлено провайдеру. Следите за ним на странице «Операции» (Ctrl+J).</numerusform>
        </translation>
    </message>
    <message>
        <source>Job finished: %1</source>
        <comment>a bulk job; %1 is the operation</comment>
        <translation>Задание завершено: %1</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>Всё равно выйти из учётной записи</translation>
    </message>
    <message>
        <source>Jobs are still being sent</source>
        <translation>Задания ещё отправляются</translation>
    </message>
    <message numerus="yes">
        <source>%n bulk job(s) are still being sent to NovaConnect.</source>
        <translation>
            <numerusform>%n массовое задание ещё отправляется в NovaConnect.</numerusform>
            <numerusform>%n массовых задания ещё отправляются в NovaConnect.</numerusform>
            <numerusform>%n массовых заданий ещё отправляются в NovaConnect.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave now, the parts not yet sent are not sent: when this account is opened again they are marked failed, and "Retry failed" on the Operations page sends them. The parts on their way right now may or may not reach NovaConnect: their outcome is unknown. For block, unblock, limits, tariffs and groups SimFleet checks the SIMs and offers again only those not changed in time; other operations are not sent again unless you choose "Send again anyway", and then may arrive twice.</source>
        <translation>Если выйти сейчас, ещё не отправленные части отправлены не будут: при следующем открытии этой учётной записи они будут отмечены как неудавшиеся, и их отправит «Повторить неудавшиеся» на странице «Операции». Части, которые отправляются прямо сейчас, могут дойти до NovaConnect, а могут и не дойти: их результат неизвестен. Для блокировки, разблокировки, лимитов, тарифов и групп SimFleet проверит SIM-карты и предложит повторить только те, что не изменились вовремя; остальные операции не отправляются повторно, пока вы не выберете «Всё равно отправить снова», и тогда могут выполниться дважды.</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Продолжить отправку</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Всё равно переключиться</translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Войдите, чтобы вносить изменения.</translation>
    </message>
    <message>
        <source>Your role (%1) can view this account but not change it. Ask a company administrator for changes.</source>
        <translation>Ваша роль (%1) позволяет просматривать данные этой учётной записи, но не изменять их. За изменениями обратитесь к администратору компании.</translation>
    </message>
    <message>
        <source>Bulk operations are disabled: their journal could not be opened.</source>
        <translation>Массовые операции отключены: не удалось открыть их журнал.</translation>
    </message>
</context>
<context>
    <name>simfleet::OperationsPage</name>
    <message>
        <source>Operations</source>
        <comment>navigation: the page of bulk jobs</comment>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Jobs</source>
        <comment>tab</comment>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <comment>tab</comment>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Jobs are read-only here</source>
        <translation>Задания здесь только для чтения</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
</context>
<context>
    <name>simfleet::PasswordChangeForm</name>
    <message>
        <source>The password was not changed</source>
        <translation>Пароль не изменён</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you sign in to the web cabinet.</source>
        <translation>Пароль изменён. При следующем входе в веб-кабинет используйте новый.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Изменение…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Повтор нового пароля:</translation>
    </message>
    <message>
        <source>Show the passwords as you type them, or hide them again</source>
        <translation>Показать вводимые пароли или снова скрыть их</translation>
    </message>
    <message>
        <source>Send the current and the new password to NovaConnect</source>
        <translation>Отправить текущий и новый пароль в NovaConnect</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Изменить п&amp;ароль</translation>
    </message>
    <message>
        <source>Show pass&amp;words</source>
        <translation>По&amp;казать пароли</translation>
    </message>
</context>
<context>
    <name>simfleet::PasswordField</name>
    <message>
        <source>Hide</source>
        <comment>password</comment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>password</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
</context>
<context>
    <name>simfleet::PreferencesDialog</name>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> с</translation>
    </message>
    <message>
        <source> SIMs</source>
        <comment>after a number</comment>
        <translation> SIM-карт</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source>Receive job progress from the provider</source>
        <translation>Получать от провайдера отчёты о ходе выполнения заданий</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes, after a number</comment>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic refresh</comment>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Любой свободный порт</translation>
    </message>
    <message>
        <source>https://hooks.example.com/simfleet</source>
        <translation>https://hooks.example.com/simfleet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>How long to wait for one answer from the server, and how many requests may be under way at once. An answer (or a downloaded file) larger than its limit, or one that takes longer in all than the time limit, is stopped and nothing of it is kept.</source>
        <translation>Сколько ждать ответа сервера на один запрос и сколько запросов может выполняться одновременно. Ответ (или загружаемый файл) больше своего лимита или тот, что в целом идёт дольше предельного времени, прерывается, и ничего из него не сохраняется.</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Тайм-аут запроса:</translation>
    </message>
    <message>
        <source>Requests in flight:</source>
        <translation>Одновременных запросов:</translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation>Наибольший ответ:</translation>
    </message>
    <message>
        <source>Largest download:</source>
        <translation>Наибольший загружаемый файл:</translation>
    </message>
    <message>
        <source>Time limit per request:</source>
        <translation>Предельное время запроса:</translation>
    </message>
    <message>
        <source>Loading the fleet</source>
        <translation>Загрузка парка</translation>
    </message>
    <message>
        <source>Bigger pages and more of them in parallel load a large fleet faster but put more load on the server.</source>
        <translation>Чем больше страницы и чем больше их загружается параллельно, тем быстрее загружается большой парк, но тем выше нагрузка на сервер.</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Размер страницы:</translation>
    </message>
    <message>
        <source>Pages loaded in parallel:</source>
        <translation>Страниц параллельно:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Автоматическое обновление</translation>
    </message>
    <message>
        <source>Reloads the fleet in the background at this interval. Off: the fleet is refreshed only on request (View → Refresh).</source>
        <translation>Перезагружает парк в фоне с этим интервалом. «Выкл.» — парк обновляется только по запросу (Вид → Обновить).</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Обновлять каждые:</translation>
    </message>
    <message>
        <source>Large fleets</source>
        <translation>Большие парки</translation>
    </message>
    <message>
        <source>Fleets with more SIMs than this are filtered, sorted and paged by the server instead of being loaded whole.</source>
        <translation>Парки, в которых SIM-карт больше этого числа, фильтруются, сортируются и листаются на сервере, а не загружаются целиком.</translation>
    </message>
    <message>
        <source>Server-side threshold:</source>
        <translation>Порог работы на сервере:</translation>
    </message>
    <message>
        <source>Provider's calendar</source>
        <translation>Календарь провайдера</translation>
    </message>
    <message>
        <source>Report days and bill dates are the provider's calendar days, each beginning at midnight in this time zone. simfleet-cli uses it for this account when no other zone is given on its command line.</source>
        <translation>Дни отчётов и даты счетов — календарные дни провайдера, каждый начинается в полночь в этом часовом поясе. simfleet-cli использует его для этой учётной записи, если в командной строке не указан другой пояс.</translation>
    </message>
    <message>
        <source>Provider time zone:</source>
        <translation>Часовой пояс провайдера:</translation>
    </message>
    <message>
        <source>Request size:</source>
        <translation>Размер запроса:</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source>SimFleet re-reads the SIMs until each shows the requested state. A SIM still not confirmed after this time is marked "Unconfirmed" instead of done.</source>
        <translation>SimFleet перечитывает SIM-карты, пока каждая не покажет запрошенное состояние. SIM-карта, не подтверждённая за это время, получает статус «Не подтверждено», а не «Выполнено».</translation>
    </message>
    <message>
        <source>Give up confirming after:</source>
        <translation>Прекращать проверку через:</translation>
    </message>
    <message>
        <source>Provider callbacks</source>
        <translation>Уведомления от провайдера</translation>
    </message>
    <message>
        <source>When on, SimFleet listens on this computer (127.0.0.1 only) for the provider's progress reports. The provider reaches it only through a public address that you forward to this port; without one, progress comes from re-reading the SIMs.</source>
        <translation>Если включено, SimFleet принимает на этом компьютере (только на 127.0.0.1) отчёты провайдера о ходе выполнения. Провайдер может до них достучаться только через публичный адрес, который вы перенаправите на этот порт; без такого адреса ход выполнения определяется повторным чтением SIM-карт.</translation>
    </message>
    <message>
        <source>Listener port:</source>
        <translation>Порт для приёма:</translation>
    </message>
    <message>
        <source>Public callback URL:</source>
        <translation>Публичный URL для уведомлений:</translation>
    </message>
    <message>
        <source>The address cannot have a query (?…) or a fragment (#…): SimFleet adds its own path to it.</source>
        <translation>Адрес не может содержать параметры запроса (?…) или фрагмент (#…): SimFleet добавляет к нему свой путь.</translation>
    </message>
    <message>
        <source>This setting belongs to the account at %1.</source>
        <translation>Настройка относится к учётной записи по адресу %1.</translation>
    </message>
    <message>
        <source>Choose the provider's time zone from the list, for example Asia/Almaty.</source>
        <translation>Выберите часовой пояс провайдера из списка, например Asia/Almaty.</translation>
    </message>
    <message>
        <source>This computer does not know the time zone "%1". Choose one from the list, for example Asia/Almaty.</source>
        <translation>Этому компьютеру неизвестен часовой пояс «%1». Выберите пояс из списка, например Asia/Almaty.</translation>
    </message>
    <message>
        <source>The listener answers on the path %1.</source>
        <translation>Уведомления принимаются по пути %1.</translation>
    </message>
    <message>
        <source>The provider will be asked to report to %1 — forward it to this computer's listener port, path %2.</source>
        <translation>Провайдер будет отправлять отчёты на %1 — перенаправьте этот адрес на порт для приёма на этом компьютере, путь %2.</translation>
    </message>
    <message>
        <source>Account notifications (unpaid bills, SIMs out of data) arrive on the path %1: set the public address of this path as the notification address in the NovaConnect web cabinet.</source>
        <translation>Уведомления учётной записи (неоплаченные счета, SIM-карты без трафика) приходят по пути %1: укажите публичный адрес этого пути как адрес уведомлений в личном кабинете NovaConnect.</translation>
    </message>
    <message>
        <source>For account notifications (unpaid bills, SIMs out of data) set %1 as the notification address in the NovaConnect web cabinet.</source>
        <translation>Для уведомлений учётной записи (неоплаченные счета, SIM-карты без трафика) укажите %1 как адрес уведомлений в личном кабинете NovaConnect.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>The colours of SimFleet's windows, applied when you save. System takes the desktop's colours where it provides them.</source>
        <translation>Цвета окон SimFleet; применяются при сохранении. «Как в системе» берёт цвета рабочего стола, если он их задаёт.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source> per second</source>
        <comment>requests, after a number</comment>
        <translation> в секунду</translation>
    </message>
    <message>
        <source>One request per SIM</source>
        <translation>Один запрос на SIM-карту</translation>
    </message>
    <message>
        <source>A provider without a queue gets one request per SIM, at most this many a second and under way at once. When it asks SimFleet to slow down, sending pauses and goes on.</source>
        <translation>Оператору без очереди отправляется один запрос на каждую SIM-карту — не больше указанного числа в секунду и одновременно. Если оператор просит SimFleet замедлиться, отправка приостанавливается и затем продолжается.</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Запросов:</translation>
    </message>
    <message>
        <source>At once:</source>
        <translation>Одновременно:</translation>
    </message>
    <message>
        <source>Several SIMs per request</source>
        <translation>Несколько SIM-карт в запросе</translation>
    </message>
    <message>
        <source>A provider with a queue (NovaConnect) gets a bulk operation in requests of at most this many SIMs. A request that fails can be retried alone from the Operations page.</source>
        <translation>Оператор с очередью (NovaConnect) получает массовую операцию запросами не более чем из стольких SIM-карт. Неудачный запрос можно повторить отдельно на странице «Операции».</translation>
    </message>
</context>
<context>
    <name>simfleet::ProfileDetailsForm</name>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation>Ничего не изменено: сохранять нечего.</translation>
    </message>
    <message>
        <source>Your details were not saved</source>
        <translation>Данные не сохранены</translation>
    </message>
    <message>
        <source>Your details were saved.</source>
        <translation>Данные сохранены.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Send the changed name and email to NovaConnect</source>
        <translation>Отправить изменённые имя и адрес почты в NovaConnect</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Пока ничего не изменено</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>As an administrator you can change the company's SIMs, groups and users.</source>
        <translation>Как администратор вы можете изменять SIM-карты, группы и пользователей компании.</translation>
    </message>
    <message>
        <source>Your role can view the company's data but not change it. Your own details and password you can always change.</source>
        <translation>Ваша роль позволяет просматривать данные компании, но не изменять их. Свои данные и пароль вы можете изменить всегда.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your phone number is changed by a company administrator.</source>
        <translation>Номер телефона изменяет администратор компании.</translation>
    </message>
    <message>
        <source>Your role is set by a company administrator.</source>
        <translation>Роль назначает администратор компании.</translation>
    </message>
    <message>
        <source>Show your details as they are saved</source>
        <translation>Показать данные такими, как они сохранены</translation>
    </message>
    <message>
        <source>Un&amp;do changes</source>
        <translation>Отм&amp;енить изменения</translation>
    </message>
</context>
<context>
    <name>simfleet::ProfilePage</name>
    <message>
        <source>My profile</source>
        <comment>navigation: the signed-in user's own profile</comment>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <source>Your details as NovaConnect knows them. What you change here applies to the web cabinet as well.</source>
        <translation>Ваши данные в NovaConnect. Изменения здесь действуют и в веб-кабинете.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Your profile could not be read again: %1</source>
        <translation>Не удалось заново прочитать профиль: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Your profile is shown once you are signed in.</source>
        <translation>Профиль появится после входа.</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Загрузка профиля…</translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached, so your profile cannot be shown. Check your connection, then retry.</source>
        <translation>NovaConnect недоступен, поэтому профиль показать нельзя. Проверьте подключение и повторите.</translation>
    </message>
</context>
<context>
    <name>simfleet::ProviderDetailsSection</name>
    <message>
        <source>Provider details</source>
        <translation>Данные оператора</translation>
    </message>
</context>
<context>
    <name>simfleet::ReportCharts</name>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>Traffic per day</source>
        <translation>Трафик по дням</translation>
    </message>
    <message numerus="yes">
        <source>Top %n SIM(s) by traffic</source>
        <translation>
            <numerusform>Топ-%n SIM-карта по трафику</numerusform>
            <numerusform>Топ-%n SIM-карты по трафику</numerusform>
            <numerusform>Топ-%n SIM-карт по трафику</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n SIM(s) by cost</source>
        <translation>
            <numerusform>Топ-%n SIM-карта по стоимости</numerusform>
            <numerusform>Топ-%n SIM-карты по стоимости</numerusform>
            <numerusform>Топ-%n SIM-карт по стоимости</numerusform>
        </translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Аномалии</translation>
    </message>
    <message>
        <source>Traffic by country</source>
        <translation>Трафик по странам</translation>
    </message>
    <message>
        <source>Traffic by operator</source>
        <translation>Трафик по операторам</translation>
    </message>
    <message>
        <source>Sessions by hour of day</source>
        <translation>Сессии по часам суток</translation>
    </message>
    <message>
        <source>SMS &amp; calls per day</source>
        <translation>СМС и звонки по дням</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Не менее</translation>
    </message>
    <message>
        <source>× the SIM's median</source>
        <translation>× медианы SIM-карты</translation>
    </message>
    <message>
        <source>A day counts as an anomaly when the SIM's traffic that day is at least this many times its median day in the range</source>
        <translation>День считается аномалией, если трафик SIM-карты в этот день во столько раз или больше превышает её медианный день за период</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>…and at least this much traffic that day</source>
        <translation>…и не меньше такого трафика в этот день</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM-карта</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>Median day</source>
        <translation>Медианный день</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Во сколько раз</translation>
    </message>
    <message>
        <source>Run the report to see its charts.</source>
        <translation>Сформируйте отчёт, чтобы увидеть его диаграммы.</translation>
    </message>
    <message>
        <source>The report has no rows in these days.</source>
        <translation>В отчёте нет строк за эти дни.</translation>
    </message>
    <message>
        <source>Traffic, %1</source>
        <translation>Трафик, %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation>Стоимость, EUR</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>%1 (%2, ICCID %3)
Traffic %4, cost %5
Click to open the SIM</source>
        <translation>%1 (%2, ICCID %3)
Трафик %4, стоимость %5
Щёлкните, чтобы открыть SIM-карту</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n session(s), cost %3</source>
        <translation>
            <numerusform>%1: %2 за %n сессию, стоимость %3</numerusform>
            <numerusform>%1: %2 за %n сессии, стоимость %3</numerusform>
            <numerusform>%1: %2 за %n сессий, стоимость %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Начато сессий</translation>
    </message>
    <message>
        <source>Hour of day (this computer's time)</source>
        <translation>Час суток (время этого компьютера)</translation>
    </message>
    <message numerus="yes">
        <source>%1:00–%1:59: %n session(s)</source>
        <translation>
            <numerusform>%1:00–%1:59: %n сессия</numerusform>
            <numerusform>%1:00–%1:59: %n сессии</numerusform>
            <numerusform>%1:00–%1:59: %n сессий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no traffic on most days</source>
        <translation>в большинство дней трафика нет</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Double-click to open the SIM on the SIMs page</source>
        <translation>Дважды щёлкните, чтобы открыть SIM-карту на странице SIM-карт</translation>
    </message>
    <message>
        <source>No anomalies: no SIM used at least %1× its median day and %2 on one day.</source>
        <translation>Аномалий нет: ни одна SIM-карта не использовала за день не менее %1× своего медианного дня и не менее %2.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>Не удалось сохранить изображение в %1.</translation>
    </message>
    <message>
        <source>All other SIMs</source>
        <translation>Все остальные SIM</translation>
    </message>
    <message numerus="yes">
        <source>Traffic per day, top %n SIM(s) stacked</source>
        <translation>
            <numerusform>Трафик по дням, %n крупнейшая SIM по слоям</numerusform>
            <numerusform>Трафик по дням, %n крупнейшие SIM по слоям</numerusform>
            <numerusform>Трафик по дням, %n крупнейших SIM по слоям</numerusform>
        </translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <source>Save what is shown as a PNG image or an SVG drawing</source>
        <translation>Сохранить показанное как изображение PNG или рисунок SVG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Traffic %2
Click to open the SIM</source>
        <translation>%1
Трафик %2
Щёлкните, чтобы открыть SIM-карту</translation>
    </message>
</context>
<context>
    <name>simfleet::ReportsModel</name>
    <message>
        <source>SIM name</source>
        <translation>Название SIM-карты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафик</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>MCC+MNC %1</source>
        <translation>MCC+MNC %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Choose the first and the last day.</source>
        <translation>Выберите первый и последний день.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>Operator data arrives a day late: the last complete day is %1.</source>
        <translation>Данные операторов поступают с опозданием на день: последний полный день — %1.</translation>
    </message>
    <message>
        <source>Not connected to NovaConnect.</source>
        <translation>Нет подключения к NovaConnect.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming SMS</source>
        <translation>
            <numerusform>%n входящее СМС</numerusform>
            <numerusform>%n входящих СМС</numerusform>
            <numerusform>%n входящих СМС</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing SMS</source>
        <translation>
            <numerusform>%n исходящее СМС</numerusform>
            <numerusform>%n исходящих СМС</numerusform>
            <numerusform>%n исходящих СМС</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n USSD</source>
        <translation>
            <numerusform>%n USSD</numerusform>
            <numerusform>%n USSD</numerusform>
            <numerusform>%n USSD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n прочее</numerusform>
            <numerusform>%n прочих</numerusform>
            <numerusform>%n прочих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM-карта</numerusform>
            <numerusform>%n SIM-карты</numerusform>
            <numerusform>%n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation>трафик %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>стоимость %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>По сессиям</translation>
    </message>
    <message>
        <source>Daily traffic</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>SMS &amp; calls</source>
        <translation>СМС и звонки</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>Входящее СМС</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>Исходящее СМС</translation>
    </message>
    <message>
        <source>USSD</source>
        <translation>USSD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>simfleet::ReportsPage</name>
    <message>
        <source>Reports</source>
        <comment>navigation: the page of traffic and usage reports</comment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>first day of a report</comment>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>last day of a report</comment>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>First day of the report, a day of NovaConnect's calendar</source>
        <translation>Первый день отчёта, день по календарю NovaConnect</translation>
    </message>
    <message>
        <source>Last day of the report; today is not complete yet</source>
        <translation>Последний день отчёта; сегодняшний день ещё не завершён</translation>
    </message>
    <message>
        <source>&amp;SIMs:</source>
        <comment>which SIMs a report covers</comment>
        <translation>&amp;SIM-карты:</translation>
    </message>
    <message>
        <source>All SIMs</source>
        <translation>Все SIM-карты</translation>
    </message>
    <message>
        <source>SIMs selected on the SIMs page</source>
        <translation>Выбранные на странице SIM-карт</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <source>Read the report from NovaConnect (F5 runs it again)</source>
        <translation>Получить отчёт из NovaConnect (F5 — сформировать снова)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop reading the report (Esc in the status bar)</source>
        <translation>Прекратить получение отчёта (Esc в строке состояния)</translation>
    </message>
    <message>
        <source>Operator data arrives a day late: the last complete day is %1. Days are NovaConnect's calendar days.</source>
        <translation>Данные операторов поступают с опозданием на день: последний полный день — %1. Дни — по календарю NovaConnect.</translation>
    </message>
    <message>
        <source>Filter by SIM, number, ICCID, country, operator or type</source>
        <translation>Фильтр по SIM-карте, номеру, ICCID, стране, оператору или типу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the table as shown (filter and order) as CSV or XLSX</source>
        <translation>Сохранить таблицу как показано (фильтр и порядок) в CSV или XLSX</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Choose groups</source>
        <translation>Выбрать группы</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n группа</numerusform>
            <numerusform>%n группы</numerusform>
            <numerusform>%n групп</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Групп нет</translation>
    </message>
    <message>
        <source>No SIMs are selected on the SIMs page. Select SIMs there, or choose all SIMs or groups.</source>
        <translation>На странице SIM-карт ничего не выбрано. Выберите там SIM-карты или укажите все SIM-карты либо группы.</translation>
    </message>
    <message>
        <source>Choose at least one group.</source>
        <translation>Выберите хотя бы одну группу.</translation>
    </message>
    <message>
        <source>Sign in to read reports.</source>
        <translation>Войдите, чтобы получать отчёты.</translation>
    </message>
    <message>
        <source>The report was not run</source>
        <translation>Отчёт не сформирован</translation>
    </message>
    <message>
        <source>Reading the report</source>
        <translation>Получение отчёта</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Sign in to read the reports.</source>
        <translation>Войдите, чтобы получать отчёты.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Получение отчёта…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read so far.</source>
        <translation>
            <numerusform>Пока получена %n строка.</numerusform>
            <numerusform>Пока получено %n строки.</numerusform>
            <numerusform>Пока получено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>The report could not be read</source>
        <translation>Не удалось получить отчёт</translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached. %1</source>
        <translation>NovaConnect недоступен. %1</translation>
    </message>
    <message>
        <source>Choose a report, the days and the SIMs, then Run</source>
        <translation>Выберите отчёт, дни и SIM-карты и нажмите «Сформировать»</translation>
    </message>
    <message>
        <source>Reports read NovaConnect's usage records; they change nothing.</source>
        <translation>Отчёты только читают данные об использовании из NovaConnect и ничего не меняют.</translation>
    </message>
    <message>
        <source>Nothing was used in these days</source>
        <translation>За эти дни ничего не использовалось</translation>
    </message>
    <message>
        <source>The report for %1 – %2 has no rows.</source>
        <translation>В отчёте за %1 – %2 нет строк.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Сформировать снова</translation>
    </message>
    <message>
        <source>No rows match "%1"</source>
        <translation>Нет строк, содержащих «%1»</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Total %1 – %2: %3</source>
        <translation>Итого за %1 – %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Получение…</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>Отчёт не экспортирован</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Отчёт экспортирован</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Строки отчёта</translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <comment>a company's taxpayer number</comment>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Only the SIMs of the company with this INN (10 or 12 digits); empty for every company of the account</source>
        <translation>Только SIM-карты компании с этим ИНН (10 или 12 цифр); пусто — все компании учётной записи</translation>
    </message>
    <message>
        <source>%1 cannot be reached. %2</source>
        <translation>Оператор «%1» недоступен. %2</translation>
    </message>
    <message>
        <source>Choose the days and the SIMs, then Run</source>
        <translation>Выберите дни и SIM-карты и нажмите «Сформировать»</translation>
    </message>
    <message>
        <source>The usage report reads the internet records of %1; it changes nothing.</source>
        <translation>Отчёт о трафике читает записи интернет-трафика оператора «%1» и ничего не меняет.</translation>
    </message>
    <message>
        <source>Internet usage records of %1: one row per SIM and day of the period.</source>
        <translation>Записи интернет-трафика оператора «%1»: одна строка на SIM-карту и день периода.</translation>
    </message>
    <message>
        <source>First day of the usage records</source>
        <translation>Первый день записей о трафике</translation>
    </message>
    <message>
        <source>Last day of the usage records</source>
        <translation>Последний день записей о трафике</translation>
    </message>
    <message>
        <source>Read the usage records from %1 (F5 runs them again)</source>
        <translation>Получить записи о трафике у оператора «%1» (F5 — получить снова)</translation>
    </message>
    <message>
        <source>Filter by number or day</source>
        <translation>Фильтр по номеру или дню</translation>
    </message>
    <message>
        <source>No SIMs are selected on the SIMs page. Select SIMs there, or choose all SIMs.</source>
        <translation>На странице «SIM-карты» ничего не выбрано. Выберите SIM-карты там или выберите все SIM-карты.</translation>
    </message>
    <message>
        <source>The usage report covers all SIMs or the SIMs selected on the SIMs page.</source>
        <translation>Отчёт о трафике строится по всем SIM-картам или по выбранным на странице «SIM-карты».</translation>
    </message>
    <message>
        <source>Correct the fields marked below them, then run it again.</source>
        <translation>Исправьте поля, под которыми указана ошибка, и сформируйте отчёт снова.</translation>
    </message>
    <message>
        <source>%1 refused the query</source>
        <translation>Оператор «%1» отклонил запрос</translation>
    </message>
</context>
<context>
    <name>simfleet::SavedFiltersBar</name>
    <message>
        <source>Apply the saved filter "%1" (right-click to rename or delete)</source>
        <translation>Применить сохранённый фильтр «%1» (правый щелчок — переименовать или удалить)</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Название фильтра:</translation>
    </message>
    <message>
        <source>Rename filter</source>
        <translation>Переименовать фильтр</translation>
    </message>
    <message>
        <source>New name of the filter:</source>
        <translation>Новое название фильтра:</translation>
    </message>
    <message>
        <source>A saved filter named "%1" already exists.</source>
        <translation>Сохранённый фильтр «%1» уже существует.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>saved filter</comment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>Сохранённые фильтры:</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Сохранить текущий фильтр под названием</translation>
    </message>
</context>
<context>
    <name>simfleet::Session</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Read-only (%1)</source>
        <translation>Только чтение (%1)</translation>
    </message>
    <message>
        <source>user</source>
        <comment>role code of a user who may only view</comment>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>role code of an administrator</comment>
        <translation>администратор</translation>
    </message>
    <message>
        <source>Full access (the provider has no roles)</source>
        <translation>Полный доступ (у оператора нет ролей)</translation>
    </message>
</context>
<context>
    <name>simfleet::SessionStatusWidget</name>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Your role can view everything but not change anything. Blocking, limits, tariffs and other changes need an Administrator.</source>
        <translation>Ваша роль позволяет всё просматривать, но ничего не изменять. Блокировки, лимиты, тарифы и другие изменения доступны только администратору.</translation>
    </message>
</context>
<context>
    <name>simfleet::SignInDialog</name>
    <message>
        <source>Hide</source>
        <comment>hide the token again</comment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show the hidden token</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Sign in — SimFleet</source>
        <translation>Вход — SimFleet</translation>
    </message>
    <message>
        <source>Sign in to NovaConnect</source>
        <translation>Вход в NovaConnect</translation>
    </message>
    <message>
        <source>SimFleet works with your NovaConnect account through an access token.</source>
        <translation>SimFleet работает с вашей учётной записью NovaConnect через токен доступа.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Адрес API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Токен доступа:</translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation>Вставьте токен доступа</translation>
    </message>
    <message>
        <source>Show or hide the token while typing</source>
        <translation>Показать или скрыть токен при вводе</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Запомнить токен в системном хранилище паролей</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a token:&lt;/b&gt; in the NovaConnect web cabinet open &lt;i&gt;My profile → Access tokens&lt;/i&gt; and create one. An administrator's token can change SIMs; other roles can only view.</source>
        <translation>&lt;b&gt;Где взять токен:&lt;/b&gt; в личном кабинете NovaConnect откройте &lt;i&gt;Мой профиль → Токены доступа&lt;/i&gt; и создайте токен. С токеном администратора можно изменять SIM-карты, с токенами других ролей — только просматривать.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Add an account — SimFleet</source>
        <translation>Добавление учётной записи — SimFleet</translation>
    </message>
    <message>
        <source>Add a NovaConnect account</source>
        <translation>Добавить учётную запись NovaConnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>New access token — SimFleet</source>
        <translation>Новый токен доступа — SimFleet</translation>
    </message>
    <message>
        <source>Enter a new access token</source>
        <translation>Введите новый токен доступа</translation>
    </message>
    <message>
        <source>What is on screen and your jobs stay as they are. The old token is replaced only once the new one works.</source>
        <translation>Всё, что на экране, и ваши задания остаются как есть. Старый токен будет заменён, только когда новый заработает.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sent once to get a token; never kept</source>
        <translation>Отправляется один раз для получения токена; не сохраняется</translation>
    </message>
    <message>
        <source>SimFleet signs in to the second operator with your login and password, gets an access token for them and keeps only the token.</source>
        <translation>SimFleet входит ко второму оператору по вашему логину и паролю, получает за них токен доступа и хранит только токен.</translation>
    </message>
    <message>
        <source>Sign in to the second operator</source>
        <translation>Вход ко второму оператору</translation>
    </message>
    <message>
        <source>Add a second-operator account</source>
        <translation>Добавить учётную запись второго оператора</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти заново</translation>
    </message>
    <message>
        <source>https://…/api/v2 (ask the operator)</source>
        <translation>https://…/api/v2 (узнайте у оператора)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The password is never stored:&lt;/b&gt; it is sent once to get a token. The operator has no roles, so its token can change SIMs.</source>
        <translation>&lt;b&gt;Пароль никогда не сохраняется:&lt;/b&gt; он отправляется один раз для получения токена. У оператора нет ролей, поэтому его токен может изменять SIM-карты.</translation>
    </message>
</context>
<context>
    <name>simfleet::SignInFlow</name>
    <message>
        <source>Token not sent</source>
        <translation>Токен не отправлен</translation>
    </message>
    <message>
        <source>The remembered access token belongs to another API address, so it was not sent to %1. Enter the access token for this address.</source>
        <translation>Сохранённый токен доступа относится к другому адресу API, поэтому он не был отправлен на %1. Введите токен доступа для этого адреса.</translation>
    </message>
    <message>
        <source>The system keychain is not available: a token you enter is kept for this session only.</source>
        <translation>Системное хранилище паролей недоступно: введённый токен будет сохранён только на этот сеанс.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the access token is kept for this session only. You will need to enter it again next time.</source>
        <translation>Системное хранилище паролей недоступно, поэтому токен доступа сохранён только на этот сеанс. В следующий раз его придётся ввести снова.</translation>
    </message>
    <message>
        <source>The access token could not be saved in the system keychain (%1). It is kept for this session only; you will need to enter it again next time.</source>
        <translation>Не удалось сохранить токен доступа в системном хранилище паролей (%1). Он сохранён только на этот сеанс; в следующий раз его придётся ввести снова.</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Токен доступа отклонён</translation>
    </message>
    <message>
        <source>Enter a new token…</source>
        <translation>Ввести новый токен…</translation>
    </message>
    <message>
        <source>The provider no longer accepts this account's access token, so nothing can be loaded or changed. What is on screen is as last read.</source>
        <translation>Оператор больше не принимает токен доступа этой учётной записи, поэтому ничего нельзя загрузить или изменить. На экране — данные последнего чтения.</translation>
    </message>
</context>
<context>
    <name>simfleet::SimActions</name>
    <message>
        <source>Sign in as an administrator to change SIMs.</source>
        <translation>Чтобы изменять SIM-карты, войдите как администратор.</translation>
    </message>
    <message>
        <source>Offline — operations need a connection to NovaConnect.</source>
        <translation>Нет связи — для операций нужно подключение к NovaConnect.</translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation>В этом окне операции недоступны.</translation>
    </message>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation>Сначала выберите одну или несколько SIM-карт.</translation>
    </message>
    <message>
        <source>Offline — renaming needs a connection to NovaConnect.</source>
        <translation>Нет связи — для переименования нужно подключение к NovaConnect.</translation>
    </message>
    <message>
        <source>Renaming is not available in this window.</source>
        <translation>В этом окне переименование недоступно.</translation>
    </message>
    <message>
        <source>A SIM is being renamed.</source>
        <translation>Идёт переименование SIM-карты.</translation>
    </message>
    <message>
        <source>Select one SIM to rename it.</source>
        <translation>Выберите одну SIM-карту, чтобы её переименовать.</translation>
    </message>
    <message>
        <source>The SIM was not renamed</source>
        <translation>SIM-карта не переименована</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <comment>verb: block SIMs</comment>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <comment>verb: unblock SIMs</comment>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>R&amp;econnect</source>
        <comment>verb: reconnect SIMs</comment>
        <translation>Перезагр&amp;узить</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <comment>verb: disconnect SIMs from the network</comment>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Ping</source>
        <comment>verb: ping SIMs</comment>
        <translation>Отправить &amp;пинг</translation>
    </message>
    <message>
        <source>Send &amp;SMS…</source>
        <translation>Отправить &amp;СМС…</translation>
    </message>
    <message>
        <source>Data &amp;limit…</source>
        <translation>&amp;Лимит трафика…</translation>
    </message>
    <message>
        <source>&amp;Tariff…</source>
        <comment>change the tariff plan</comment>
        <translation>&amp;Тариф…</translation>
    </message>
    <message>
        <source>Re-&amp;add package</source>
        <translation>Переподключить п&amp;акет</translation>
    </message>
    <message>
        <source>Set &amp;groups…</source>
        <translation>Назначить &amp;группы…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <comment>rename one SIM</comment>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>Add t&amp;o group…</source>
        <comment>add SIMs to a group</comment>
        <translation>&amp;Добавить в группу…</translation>
    </message>
    <message>
        <source>Re&amp;move from group…</source>
        <comment>remove SIMs from a group</comment>
        <translation>Убрать &amp;из группы…</translation>
    </message>
    <message>
        <source>Offline — operations need a connection to the operator.</source>
        <translation>Нет связи — для операций нужно подключение к оператору.</translation>
    </message>
    <message>
        <source>Block a ser&amp;vice…</source>
        <translation>Заблокировать &amp;услугу…</translation>
    </message>
    <message>
        <source>Unbloc&amp;k a service…</source>
        <translation>Разблокировать у&amp;слугу…</translation>
    </message>
    <message>
        <source>&amp;Financial block</source>
        <translation>&amp;Финансовая блокировка</translation>
    </message>
    <message>
        <source>Lift the financial bl&amp;ock</source>
        <translation>Снять финансовую &amp;блокировку</translation>
    </message>
    <message>
        <source>&amp;Tariff from a date…</source>
        <translation>&amp;Тариф с даты…</translation>
    </message>
    <message>
        <source>Add a top-&amp;up packet…</source>
        <translation>Добавить дополнительный &amp;пакет…</translation>
    </message>
    <message>
        <source>Informational &amp;SMS…</source>
        <translation>Информационное &amp;СМС…</translation>
    </message>
</context>
<context>
    <name>simfleet::SimDetailsPane</name>
    <message>
        <source>%1 (%2 %)</source>
        <comment>data used / data limit (percent used)</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Not locked</source>
        <comment>tariff change</comment>
        <translation>Не заблокирована</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Нет групп</translation>
    </message>
    <message>
        <source>No advice from NovaConnect</source>
        <translation>Нет рекомендаций от NovaConnect</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) selected — showing the current one</source>
        <translation>
            <numerusform>Выбрана %Ln SIM-карта — показана текущая</numerusform>
            <numerusform>Выбрано %Ln SIM-карты — показана текущая</numerusform>
            <numerusform>Выбрано %Ln SIM-карт — показана текущая</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a SIM to see its details</source>
        <translation>Выберите SIM-карту, чтобы увидеть подробности</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID:</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>External number:</source>
        <translation>Внешний номер:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>MSU:</source>
        <translation>MSU:</translation>
    </message>
    <message>
        <source>Data limit:</source>
        <translation>Лимит трафика:</translation>
    </message>
    <message>
        <source>Used:</source>
        <comment>data</comment>
        <translation>Израсходовано:</translation>
    </message>
    <message>
        <source>Usage updated:</source>
        <translation>Расход обновлён:</translation>
    </message>
    <message>
        <source>Tariff plan:</source>
        <translation>Тарифный план:</translation>
    </message>
    <message>
        <source>Package auto-renew:</source>
        <translation>Автопродление пакета:</translation>
    </message>
    <message>
        <source>Tariff change locked until:</source>
        <translation>Дата снятия блокировки на смену ТП:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>NovaConnect's advice:</source>
        <translation>Рекомендации NovaConnect:</translation>
    </message>
    <message>
        <source>Copy the ICCID</source>
        <translation>Копировать ICCID</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>Copy the external number</source>
        <translation>Копировать внешний номер</translation>
    </message>
    <message>
        <source>The SIM's MSU allowance (TC profile only). A SIM that uses it up is blocked by MSU, and that block cannot be lifted.</source>
        <translation>Количество MSU у SIM-карты (только профиль TC). SIM-карта, израсходовавшая его, получает блокировку по MSU, и эту блокировку снять нельзя.</translation>
    </message>
    <message>
        <source>The profile decides which operations apply to the SIM.</source>
        <translation>Профиль определяет, какие операции применимы к SIM-карте.</translation>
    </message>
    <message>
        <source>The number the SIM is reachable at from outside.</source>
        <translation>Номер, по которому SIM-карта доступна извне.</translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityActions</name>
    <message>
        <source>Select one SIM first.</source>
        <translation>Сначала выберите одну SIM-карту.</translation>
    </message>
    <message>
        <source>Acti&amp;vate a SIM…</source>
        <translation>Акти&amp;вировать SIM-карту…</translation>
    </message>
    <message>
        <source>Bind the &amp;number to a SIM…</source>
        <translation>Привязать &amp;номер к SIM-карте…</translation>
    </message>
    <message>
        <source>S&amp;wap the SIM…</source>
        <translation>За&amp;менить SIM-карту…</translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityChange</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — не выполнено: %2</translation>
    </message>
    <message>
        <source>IMSI %1</source>
        <translation>IMSI %1</translation>
    </message>
    <message>
        <source>ICCID %1</source>
        <translation>ICCID %1</translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, tariff %3</source>
        <translation>Номер %1 → SIM-карта %2, тариф %3</translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, with call forwarding</source>
        <translation>Номер %1 → SIM-карта %2, с переадресацией вызовов</translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, without call forwarding</source>
        <translation>Номер %1 → SIM-карта %2, без переадресации вызовов</translation>
    </message>
    <message>
        <source>Number %1: SIM %2 → SIM %3</source>
        <translation>Номер %1: SIM-карта %2 → SIM-карта %3</translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityDialog</name>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Activate a SIM</source>
        <translation>Активировать SIM-карту</translation>
    </message>
    <message>
        <source>A new SIM gets a number and a tariff. Give the SIM's ICCID or IMSI (printed on the card) and the number to bind to it.</source>
        <translation>Новая SIM-карта получает номер и тариф. Укажите ICCID или IMSI SIM-карты (напечатаны на карте) и номер, который к ней привязать.</translation>
    </message>
    <message>
        <source>Bind the number to a SIM</source>
        <translation>Привязать номер к SIM-карте</translation>
    </message>
    <message>
        <source>Binds the number to the SIM with this ICCID or IMSI, with call forwarding allowed or not.</source>
        <translation>Привязывает номер к SIM-карте с этим ICCID или IMSI, с разрешённой или запрещённой переадресацией.</translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <translation>Заменить SIM-карту</translation>
    </message>
    <message>
        <source>The number moves to a new SIM; the current one stops working. Give the new SIM's ICCID or IMSI.</source>
        <translation>Номер переходит на новую SIM-карту; текущая перестаёт работать. Укажите ICCID или IMSI новой SIM-карты.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Current ICCID:</source>
        <translation>Текущий ICCID:</translation>
    </message>
    <message>
        <source>New &amp;ICCID:</source>
        <translation>Новый &amp;ICCID:</translation>
    </message>
    <message>
        <source>&amp;ICCID:</source>
        <translation>&amp;ICCID:</translation>
    </message>
    <message>
        <source>New I&amp;MSI:</source>
        <translation>Новый I&amp;MSI:</translation>
    </message>
    <message>
        <source>I&amp;MSI:</source>
        <translation>I&amp;MSI:</translation>
    </message>
    <message>
        <source>&amp;Tariff:</source>
        <translation>&amp;Тариф:</translation>
    </message>
    <message>
        <source>Allow call &amp;forwarding</source>
        <translation>Разрешить &amp;переадресацию</translation>
    </message>
    <message>
        <source>18 to 22 digits; or give the IMSI</source>
        <translation>18–22 цифры; или укажите IMSI</translation>
    </message>
    <message>
        <source>15 digits; or give the ICCID</source>
        <translation>15 цифр; или укажите ICCID</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>&amp;Привязать</translation>
    </message>
</context>
<context>
    <name>simfleet::SimNameEditor</name>
    <message>
        <source>Change this SIM's name</source>
        <translation>Изменить название этой SIM-карты</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saving the name in NovaConnect…</source>
        <translation>Сохранение названия в NovaConnect…</translation>
    </message>
</context>
<context>
    <name>simfleet::SimTableArea</name>
    <message>
        <source>No SIMs match this filter</source>
        <translation>Нет SIM-карт, подходящих под этот фильтр</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>No SIMs in this account yet</source>
        <translation>В этой учётной записи пока нет SIM-карт</translation>
    </message>
    <message>
        <source>SIM cards appear here as soon as NovaConnect assigns them to your company.</source>
        <translation>SIM-карты появятся здесь, как только NovaConnect закрепит их за вашей компанией.</translation>
    </message>
    <message>
        <source>SIM cards appear here as soon as the operator assigns them to your company.</source>
        <translation>SIM-карты появятся здесь, как только оператор закрепит их за вашей компанией.</translation>
    </message>
</context>
<context>
    <name>simfleet::SimTableView</name>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation>Сначала выберите одну или несколько SIM-карт.</translation>
    </message>
    <message>
        <source>&amp;Copy ICCIDs</source>
        <translation>&amp;Копировать ICCID</translation>
    </message>
    <message>
        <source>SIM table: copy the ICCIDs of the selected SIMs, one per line</source>
        <translation>Таблица SIM-карт: скопировать ICCID выбранных SIM-карт, по одному в строке</translation>
    </message>
</context>
<context>
    <name>simfleet::SimsExportController</name>
    <message numerus="yes">
        <source>Export the %Ln shown SIM(s)…</source>
        <comment>export the filtered set</comment>
        <translation>
            <numerusform>Экспортировать %Ln показанную SIM-карту…</numerusform>
            <numerusform>Экспортировать %Ln показанные SIM-карты…</numerusform>
            <numerusform>Экспортировать %Ln показанных SIM-карт…</numerusform>
        </translation>
    </message>
    <message>
        <source>No SIMs are shown: change or clear the filter first.</source>
        <translation>Не показано ни одной SIM-карты: сначала измените или сбросьте фильтр.</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected SIM(s)…</source>
        <comment>export the selection</comment>
        <translation>
            <numerusform>Экспортировать %Ln выбранную SIM-карту…</numerusform>
            <numerusform>Экспортировать %Ln выбранные SIM-карты…</numerusform>
            <numerusform>Экспортировать %Ln выбранных SIM-карт…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation>Сначала выберите одну или несколько SIM-карт.</translation>
    </message>
    <message>
        <source>CSV, comma-separated, decimal point (*.csv)</source>
        <translation>CSV, разделитель — запятая, десятичная точка (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Russian Excel, semicolon-separated, decimal comma (*.csv)</source>
        <translation>CSV для русского Excel, разделитель — точка с запятой, десятичная запятая (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook, ICCIDs and numbers as text (*.xlsx)</source>
        <translation>Книга Excel, ICCID и номера как текст (*.xlsx)</translation>
    </message>
    <message>
        <source>Export SIMs</source>
        <translation>Экспорт SIM-карт</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln SIM(s)…</source>
        <translation>
            <numerusform>Экспорт %Ln SIM-карты…</numerusform>
            <numerusform>Экспорт %Ln SIM-карт…</numerusform>
            <numerusform>Экспорт %Ln SIM-карт…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) exported to %1</source>
        <translation>
            <numerusform>%Ln SIM-карта экспортирована в %1</numerusform>
            <numerusform>%Ln SIM-карты экспортированы в %1</numerusform>
            <numerusform>%Ln SIM-карт экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>verb</comment>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Save the shown or the selected SIMs as CSV (plain text, comma or semicolon) or as an Excel workbook, which keeps ICCIDs and numbers as text</source>
        <translation>Сохранить показанные или выбранные SIM-карты в CSV (простой текст, запятая или точка с запятой) или в книгу Excel, где ICCID и номера хранятся как текст</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>simfleet::SimsPage</name>
    <message>
        <source>SIMs</source>
        <comment>navigation</comment>
        <translation>SIM-карты</translation>
    </message>
    <message>
        <source>Loading SIMs</source>
        <translation>Загрузка SIM-карт</translation>
    </message>
    <message>
        <source>This fleet is too large to keep on this computer: NovaConnect filters it, and NovaConnect cannot filter by this.</source>
        <translation>Парк слишком велик, чтобы хранить его на этом компьютере: его фильтрует NovaConnect, а NovaConnect не умеет фильтровать по этому признаку.</translation>
    </message>
    <message>
        <source>SIMs page: select every SIM the filter shows</source>
        <translation>Страница SIM-карт: выбрать все SIM-карты, которые показывает фильтр</translation>
    </message>
    <message numerus="yes">
        <source>%n of the SIMs asked for are no longer in the fleet and could not be selected.</source>
        <translation>
            <numerusform>%n из запрошенных SIM-карт больше не входит в парк, поэтому её не удалось выбрать.</numerusform>
            <numerusform>%n из запрошенных SIM-карт больше не входят в парк, поэтому их не удалось выбрать.</numerusform>
            <numerusform>%n из запрошенных SIM-карт больше не входят в парк, поэтому их не удалось выбрать.</numerusform>
        </translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation>SIM-карты</translation>
    </message>
</context>
<context>
    <name>simfleet::SimsToolbar</name>
    <message>
        <source>Loading SIMs… %1 of %2</source>
        <translation>Загрузка SIM-карт… %1 из %2</translation>
    </message>
    <message>
        <source>Loading SIMs…</source>
        <translation>Загрузка SIM-карт…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Reload the SIM list from NovaConnect (F5)</source>
        <translation>Заново загрузить список SIM-карт из NovaConnect (F5)</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Выбрать все показанные</translation>
    </message>
    <message>
        <source>Select every SIM the filter shows (Ctrl+Shift+A)</source>
        <translation>Выбрать все SIM-карты, показанные фильтром (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Select from list…</source>
        <translation>Выбрать по списку…</translation>
    </message>
    <message>
        <source>Select SIMs by a pasted or imported list of ICCIDs, numbers or ids</source>
        <translation>Выбрать SIM-карты по вставленному или загруженному списку ICCID, номеров или ID</translation>
    </message>
    <message>
        <source>Not available while NovaConnect filters this very large fleet.</source>
        <translation>Недоступно, пока этот очень большой парк фильтрует NovaConnect.</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>show or hide the details pane</comment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show or hide the details of the current SIM beside the table</source>
        <translation>Показать или скрыть подробности текущей SIM-карты рядом с таблицей</translation>
    </message>
    <message>
        <source>Reload the SIM list from the operator (F5)</source>
        <translation>Заново загрузить список SIM-карт от оператора (F5)</translation>
    </message>
</context>
<context>
    <name>simfleet::TariffCatalog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>цена %1</translation>
    </message>
    <message>
        <source>Tariff %1</source>
        <translation>Тариф %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tariff name — its MB and price</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>simfleet::TechnicalColumns</name>
    <message>
        <source>A technical column, for questions to NovaConnect's support</source>
        <translation>Техническая колонка, для вопросов в поддержку NovaConnect</translation>
    </message>
</context>
<context>
    <name>simfleet::TokenStore</name>
    <message numerus="yes">
        <source>No keychain service answered within %n second(s).</source>
        <translation>
            <numerusform>Системное хранилище паролей не ответило за %n секунду.</numerusform>
            <numerusform>Системное хранилище паролей не ответило за %n секунды.</numerusform>
            <numerusform>Системное хранилище паролей не ответило за %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::TranscriptPreviewPane</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty sheet</source>
        <translation>Пустой лист</translation>
    </message>
    <message>
        <source>The sheet "%1" has no rows.</source>
        <translation>На листе «%1» нет строк.</translation>
    </message>
    <message>
        <source>No rows match</source>
        <translation>Нет подходящих строк</translation>
    </message>
    <message>
        <source>No rows on the sheet "%1" match "%2".</source>
        <translation>На листе «%1» нет строк, содержащих «%2».</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Shows the rows of every sheet that contain the text</source>
        <translation>Показывает строки всех листов, содержащие этот текст</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Save this transcript (XLSX) into the download folder</source>
        <translation>Сохранить эту расшифровку счёта (XLSX) в папку загрузок</translation>
    </message>
    <message>
        <source>No bill selected</source>
        <translation>Счёт не выбран</translation>
    </message>
    <message>
        <source>Select a bill to see its transcript here.</source>
        <translation>Выберите счёт, чтобы увидеть здесь его расшифровку.</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Загрузка расшифровки счёта…</translation>
    </message>
    <message>
        <source>The transcript could not be shown</source>
        <translation>Не удалось показать расшифровку счёта</translation>
    </message>
    <message>
        <source>Download it to open it in a spreadsheet program, or try again.</source>
        <translation>Скачайте её, чтобы открыть в программе электронных таблиц, или попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>The transcript has no sheets</source>
        <translation>В расшифровке счёта нет листов</translation>
    </message>
    <message>
        <source>NovaConnect sent a workbook without sheets.</source>
        <translation>NovaConnect прислал книгу без листов.</translation>
    </message>
</context>
<context>
    <name>simfleet::TranscriptSheetModel</name>
    <message>
        <source>TRUE</source>
        <comment>a spreadsheet's boolean</comment>
        <translation>ИСТИНА</translation>
    </message>
    <message>
        <source>FALSE</source>
        <comment>a spreadsheet's boolean</comment>
        <translation>ЛОЖЬ</translation>
    </message>
</context>
<context>
    <name>simfleet::UsageReport</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Traffic, MB</source>
        <translation>Трафик, МБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1
An anomaly: at least %2× this SIM's median day in the period and at least %3. The Anomalies chart lists them, with thresholds you can change.</source>
        <translation>%1
Аномалия: не менее %2× медианного дня этой SIM-карты за период и не менее %3. Все аномалии — на диаграмме «Аномалии», где пороги можно изменить.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>The operator did not say how many sessions</source>
        <translation>Оператор не сообщил число сессий</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM-карта</numerusform>
            <numerusform>%n SIM-карты</numerusform>
            <numerusform>%n SIM-карт</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation>трафик %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сессия</numerusform>
            <numerusform>%n сессии</numerusform>
            <numerusform>%n сессий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalous day(s)</source>
        <translation>
            <numerusform>%n аномальный день</numerusform>
            <numerusform>%n аномальных дня</numerusform>
            <numerusform>%n аномальных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Internet usage</source>
        <translation>Интернет-трафик</translation>
    </message>
</context>
<context>
    <name>simfleet::UserDialog</name>
    <message>
        <source>(no role)</source>
        <translation>(без роли)</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <source>Change the details of %1. Only what you change is sent.</source>
        <translation>Измените данные пользователя %1. Отправляется только то, что изменено.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Оставьте пустым, чтобы сохранить текущий пароль.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Add a user to the company. First name, last name, email and phone are required.</source>
        <translation>Добавьте пользователя компании. Имя, фамилия, эл. почта и телефон обязательны.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Leave empty and NovaConnect generates a password; send the sign-in details by email so the user learns it.</source>
        <translation>Если оставить пустым, NovaConnect создаст пароль сам; отправьте данные для входа по электронной почте, чтобы пользователь его узнал.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Активен (может входить)</translation>
    </message>
    <message>
        <source>&amp;Send the sign-in details by email</source>
        <translation>&amp;Отправить данные для входа по электронной почте</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Создание пользователя…</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>simfleet::UsersModel</name>
    <message>
        <source>Administrator</source>
        <comment>role</comment>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>User</source>
        <comment>role: may only view</comment>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>May view and change everything of the company.</source>
        <translation>Может просматривать и изменять всё в компании.</translation>
    </message>
    <message>
        <source>No role given: read-only in SimFleet.</source>
        <translation>Роль не указана: в SimFleet только чтение.</translation>
    </message>
    <message>
        <source>May only view (role code "%1").</source>
        <translation>Может только просматривать (код роли «%1»).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>user is active</comment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <comment>user is deactivated</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Another administrator can remove your user.</source>
        <translation>Нельзя удалить самого себя. Вашего пользователя может удалить другой администратор.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Another administrator can deactivate your user.</source>
        <translation>Нельзя деактивировать самого себя. Вашего пользователя может деактивировать другой администратор.</translation>
    </message>
    <message>
        <source>Your own password, role and active state cannot be changed here. Change your password on the My profile page.</source>
        <translation>Свои пароль, роль и активность здесь изменить нельзя. Пароль меняется на странице «Мой профиль».</translation>
    </message>
    <message>
        <source>Not connected to NovaConnect.</source>
        <translation>Нет подключения к NovaConnect.</translation>
    </message>
    <message>
        <source>This user is no longer in the list. Refresh the list and try again.</source>
        <translation>Этого пользователя больше нет в списке. Обновите список и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>simfleet::UsersPage</name>
    <message>
        <source>Users</source>
        <comment>navigation: the page of the company's users</comment>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Filter by name, email, phone or role</source>
        <translation>Фильтр по имени, эл. почте, телефону или роли</translation>
    </message>
    <message>
        <source>Shows the users whose name, email, phone, role or state contains the text</source>
        <translation>Показывает пользователей, у которых имя, эл. почта, телефон, роль или состояние содержат этот текст</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>user</comment>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>user</comment>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Read the users from NovaConnect again (F5)</source>
        <translation>Заново прочитать пользователей из NovaConnect (F5)</translation>
    </message>
    <message>
        <source>You may not change users.</source>
        <translation>Вам нельзя изменять пользователей.</translation>
    </message>
    <message>
        <source>Sign in to change users.</source>
        <translation>Войдите, чтобы изменять пользователей.</translation>
    </message>
    <message>
        <source>Offline — changing users needs a connection to NovaConnect.</source>
        <translation>Нет связи — для изменения пользователей нужно подключение к NovaConnect.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Sign in to see the company's users.</source>
        <translation>Войдите, чтобы увидеть пользователей компании.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Загрузка пользователей…</translation>
    </message>
    <message>
        <source>Your role may not see the company's users</source>
        <translation>Вашей роли не разрешено видеть пользователей компании</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <source>The users could not be read</source>
        <translation>Не удалось прочитать пользователей</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>No users</source>
        <translation>Нет пользователей</translation>
    </message>
    <message>
        <source>NovaConnect lists no users for this company.</source>
        <translation>NovaConnect не возвращает ни одного пользователя этой компании.</translation>
    </message>
    <message>
        <source>No users match "%1"</source>
        <translation>Нет пользователей по запросу «%1»</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached; the list is as of %1. Changes need a connection.</source>
        <translation>NovaConnect недоступен; список по состоянию на %1. Для изменений нужна связь.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 из %n пользователя</numerusform>
            <numerusform>%1 из %n пользователей</numerusform>
            <numerusform>%1 из %n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Сначала выберите пользователя.</translation>
    </message>
    <message>
        <source>Add a user to the company</source>
        <translation>Добавить пользователя компании</translation>
    </message>
    <message>
        <source>Change the selected user's details</source>
        <translation>Изменить данные выбранного пользователя</translation>
    </message>
    <message>
        <source>Activate</source>
        <comment>user</comment>
        <translation>Активировать</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>user</comment>
        <translation>Деактивировать</translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation>Снова разрешить выбранному пользователю вход</translation>
    </message>
    <message>
        <source>Stop the selected user from signing in; the user is kept</source>
        <translation>Запретить выбранному пользователю вход; пользователь сохраняется</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>Удалить выбранного пользователя</translation>
    </message>
    <message>
        <source>No user was created</source>
        <translation>Пользователь не создан</translation>
    </message>
    <message>
        <source>No user was changed</source>
        <translation>Пользователь не изменён</translation>
    </message>
    <message>
        <source>%1 was not activated</source>
        <translation>Пользователь %1 не активирован</translation>
    </message>
    <message>
        <source>%1 was not deactivated</source>
        <translation>Пользователь %1 не деактивирован</translation>
    </message>
    <message>
        <source>No user was removed</source>
        <translation>Пользователь не удалён</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>Пользователь %1 не удалён</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Удалить пользователя %1?</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Удалить пользователя %1 (%2)?</translation>
    </message>
    <message>
        <source>The user can no longer sign in to NovaConnect, and NovaConnect forgets them. This cannot be undone; to stop someone signing in for a while, deactivate them instead.</source>
        <translation>Пользователь больше не сможет входить в NovaConnect, и NovaConnect его забудет. Это нельзя отменить; чтобы временно запретить вход, деактивируйте пользователя.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>user</comment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Users page, in the list: remove the selected user</source>
        <translation>Страница «Пользователи», в списке: удалить выбранного пользователя</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
</context>
</TS>