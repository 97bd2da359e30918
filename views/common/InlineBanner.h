#pragma once

#include "views/common/Theme.h"

#include <QFrame>
#include <QScrollArea>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace simfleet {

// A message strip at the top of a page or window: an icon, a bold title, the
// text, an optional action button ("Retry") and a close button. Used for
// errors and notices instead of modal boxes.
class InlineBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineBanner)

public:
    enum class Kind { Error, Warning, Info };
    // Produces a text in the current language: run again when the language
    // changes, so a banner shown before the switch follows it.
    using Text = std::function<QString()>;

    explicit InlineBanner(QWidget* parent = nullptr);

    // Shows the banner, replacing what it said before. An empty action text
    // hides the action button. The Text overload follows language changes;
    // the QString one keeps its words (data, messages translated elsewhere).
    void showMessage(Kind kind, Text title, Text text, Text actionText = {});
    void showMessage(Kind kind, const QString& title, const QString& text,
                     const QString& actionText = {});
    void setActionText(const QString& text);
    void setClosable(bool closable);
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

signals:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyKind();
    Theme::Tone tone() const;
    void retranslateUi();
    void renderTexts();

    Kind m_kind = Kind::Info;
    Text m_titleText;
    Text m_bodyText;
    Text m_actionText;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
};

// A column of banners above a page. It takes the height the shown banners
// need up to a bound and scrolls beyond it, so messages never squeeze the
// table below; it hides itself while no banner is shown.
class BannerArea final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerArea)

public:
    explicit BannerArea(QWidget* parent = nullptr);

    void addBanner(InlineBanner* banner);
    void setBannerMargins(const QMargins& margins);
    // The most height the area takes (pixels); 0: about one banner of three lines.
    void setMaximumBannerHeight(int pixels);
    int maximumBannerHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int contentHeight() const;
    void updateArea();

    QWidget* m_content;
    QVBoxLayout* m_layout;
    int m_maxHeight = 0;
};

} // namespace simfleet
