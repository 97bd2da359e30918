#include "views/profile/ProfilePage.h"

#include "models/profile/ProfileModel.h"
#include "resources/ResourceIcons.h"
#include "views/common/EmptyState.h"
#include "views/common/InlineBanner.h"
#include "views/common/PlainLabels.h"
#include "views/profile/PasswordChangeForm.h"
#include "views/profile/ProfileDetailsForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace simfleet {

namespace {

// Wide enough for the Russian labels and an email address; the forms do not
// stretch across a large window.
constexpr int kColumnWidth = 600;

} // namespace

ProfilePage::ProfilePage(ProfileModel* model, QWidget* parent)
    : WorkspacePage(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_state(new EmptyState(m_stack))
    , m_scroll(new QScrollArea(m_stack))
    , m_heading(new QLabel)
    , m_intro(new QLabel)
    , m_banner(new InlineBanner)
    , m_details(new ProfileDetailsForm(model))
    , m_password(new PasswordChangeForm(model)) {
    setObjectName(QStringLiteral("profilePage"));
    m_state->setObjectName(QStringLiteral("profileState"));
    m_banner->setObjectName(QStringLiteral("profilePageBanner"));
    m_banner->hide();
    m_heading->setObjectName(QStringLiteral("profileHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    auto* column = new QWidget;
    column->setMaximumWidth(kColumnWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_intro);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(m_details);
    columnLayout->addWidget(m_password);
    columnLayout->addStretch(1);

    // The column takes the width it may have, up to kColumnWidth, whatever
    // the messages shown: the page does not change width as they come and go.
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* content = new QWidget;
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addWidget(column, 1);
    contentLayout->addStretch(0);
    m_scroll->setObjectName(QStringLiteral("profileContent"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_state);
    m_stack->addWidget(m_scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_state, &EmptyState::actionTriggered, m_model, &ProfileModel::reload);
    connect(m_banner, &InlineBanner::actionTriggered, m_model, &ProfileModel::reload);
    connect(m_model, &ProfileModel::stateChanged, this, &ProfilePage::updateState);
    connect(m_model, &ProfileModel::userChanged, this, &ProfilePage::updateState);

    retranslateUi();
    PlainLabels::apply(this);
}

ProfilePage::~ProfilePage() = default;

QString ProfilePage::navigationTitle() const {
    return tr("My profile", "navigation: the signed-in user's own profile");
}

QIcon ProfilePage::navigationIcon() const {
    return ResourceIcons::icon(QStringLiteral("profile"));
}

void ProfilePage::sessionStarted() {
    // The workspace reads the profile when it opens; a page made later, or a
    // workspace opened without it, asks here.
    if (!m_model->isLoaded() && m_model->state() != ProfileModel::State::Loading)
        m_model->reload();
    updateState();
}

void ProfilePage::sessionEnded() {
    m_password->clear();
    m_details->resetFields();
    m_banner->hide();
    updateState();
}

void ProfilePage::refresh() {
    m_model->reload();
}

void ProfilePage::setWriteAccess(const WriteAccess& access) {
    // Kept for writeAccess(), but nothing here is disabled by it: user/edit
    // of oneself and user/password are allowed to every role.
    WorkspacePage::setWriteAccess(access);
}

bool ProfilePage::isShowingProfile() const {
    return m_stack->currentWidget() == m_scroll;
}

void ProfilePage::hideEvent(QHideEvent* event) {
    // Passwords do not wait in the fields while the user is elsewhere.
    m_password->clear();
    WorkspacePage::hideEvent(event);
}

void ProfilePage::updateState() {
    const ProfileModel::State state = m_model->state();
    if (m_model->isLoaded()) {
        m_stack->setCurrentWidget(m_scroll);
        const User& user = m_model->user();
        m_heading->setText(user.fullName());
        m_intro->setText(tr("Your details as NovaConnect knows them. What you change here "
                            "applies to the web cabinet as well."));
        // A later read that failed: what is shown is the last one read.
        if (m_model->error().isError()) {
            const ApiError error = m_model->error();
            const bool offline = m_model->isOffline();
            m_banner->showMessage(
                InlineBanner::Kind::Warning,
                [offline, error] { return offline ? tr("Offline") : error.title(); },
                [error] {
                    return tr("Your profile could not be read again: %1").arg(error.userMessage());
                },
                [] { return tr("Retry"); });
            m_banner->show();
        } else {
            m_banner->hide();
        }
        return;
    }
    m_stack->setCurrentWidget(m_state);
    QPushButton* retry = m_state->actionButton();
    switch (state) {
    case ProfileModel::State::Empty:
    case ProfileModel::State::Loaded:
        m_state->setTitle(tr("Not signed in"));
        m_state->setText(tr("Your profile is shown once you are signed in."));
        retry->hide();
        break;
    case ProfileModel::State::Loading:
        m_state->setTitle(tr("Loading your profile…"));
        m_state->setText(QString());
        retry->hide();
        break;
    case ProfileModel::State::Failed:
        if (m_model->isOffline()) {
            m_state->setTitle(tr("Offline"));
            m_state->setText(tr("NovaConnect cannot be reached, so your profile cannot be shown. "
                                "Check your connection, then retry."));
        } else {
            m_state->setTitle(m_model->error().title());
            m_state->setText(m_model->error().userMessage());
        }
        m_state->setActionText(tr("Retry"));
        m_state->setActionIcon(ResourceIcons::icon(QStringLiteral("refresh")));
        retry->show();
        break;
    }
}

void ProfilePage::retranslateUi() {
    m_details->retranslateUi();
    m_password->retranslateUi();
    updateState();
    emit navigationTitleChanged();
}

} // namespace simfleet
