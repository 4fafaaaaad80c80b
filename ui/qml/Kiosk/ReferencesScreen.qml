pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The studies the content rests on, plus the full disclaimer.
LayerScreen {
    id: refs
    place: Navigation.References
    screenName: "references"
    openerName: "referencesButton"
    title: Content.referencesPage.title

    RichParagraph {
        visible: text !== ""
        markup: Content.referencesPage.subtitle
        plain: Content.referencesPage.subtitlePlain
        color: Theme.textMuted
        font.pixelSize: Theme.subtitleSize
    }
    // A citation opens References at its study: it comes into view, a screen reader hears which
    // it is, and a keyboard user lands on its own way back to the text.
    function showCitedStudy() {
        for (let i = 0; i < studies.count; ++i) {
            const row = studies.itemAt(i) as Study
            if (row && row.highlighted) {
                refs.bringIntoView(row)
                refs.flickable.Accessible.announce(qsTr("Source %1: %2").arg(row.number).arg(row.finding || row.citation))
                return
            }
        }
    }
    // Once the screen has slid in (laid out: an item on a hidden screen has no place yet).
    onXChanged: if (x === 0 && open) showCitedStudy()
    Connections {
        target: Navigation
        function onHighlightedReferenceChanged() {
            if (refs.open && refs.x === 0)
                refs.showCitedStudy()
        }
    }
    function focusTarget(): Item {
        for (let i = 0; i < studies.count; ++i) {
            const row = studies.itemAt(i) as Study
            if (row && row.highlighted)
                return row.backToText
        }
        return backButton
    }

    component Study: Card {
        id: row
        required property string refId
        required property int number
        required property string finding
        required property string fundedBy
        required property string citation
        readonly property bool highlighted: Navigation.highlightedReference === refId
        readonly property alias backToText: backToText
        objectName: "reference_" + refId
        padding: 28
        color: highlighted ? Theme.primarySoft : Theme.surface
        border.color: highlighted ? Theme.primary : Theme.divider
        border.width: highlighted ? Theme.borderStrong : Theme.borderThin
        RowLayout {
            spacing: 24
            Layout.fillWidth: true
            Rectangle {
                width: Theme.badgeSize
                height: width
                radius: width / 2
                color: Theme.primary
                Layout.alignment: Qt.AlignTop
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: row.number
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
            }
            ColumnLayout {
                spacing: 10
                Layout.fillWidth: true
                BodyText {
                    objectName: "referenceFinding_" + row.refId
                    visible: text !== ""
                    text: row.finding
                    Layout.fillWidth: true
                }
                BodyText {
                    visible: row.fundedBy !== ""
                    text: qsTr("Who paid for it: %1").arg(row.fundedBy)
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                    Layout.fillWidth: true
                }
                BodyText {
                    text: row.citation
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TouchButton {
                    id: backToText
                    objectName: "backToText_" + row.refId
                    visible: row.highlighted
                    text: qsTr("Back to where I was")
                    outlined: true
                    iconName: "mdi6.arrow-left"
                    labelSize: Theme.controlLabelSize
                    onClicked: Navigation.closeLayer()
                }
            }
        }
    }
    Repeater {
        id: studies
        model: Content.referenceModel
        delegate: Study {}
    }
    TouchButton {
        objectName: "takeReferencesHome"
        text: qsTr("Take the list of studies home")
        iconName: "mdi6.qrcode"
        labelSize: Theme.controlLabelSize
        onClicked: MyQuestions.showReferenceCodes()
    }
    QrPanel {
        id: qr
        kind: "references"
    }
    Connections {
        target: MyQuestions
        function onCodesChanged() {
            if (MyQuestions.codes.length > 0 && MyQuestions.codesKind === "references")
                refs.bringIntoView(qr)
        }
    }
    Card {
        color: Theme.surfaceAlt
        padding: 28
        border.width: 0
        RichParagraph {
            objectName: "disclaimerFull"
            markup: Content.disclaimer
            plain: Content.disclaimerPlain
            font.bold: true
            Layout.fillWidth: true
        }
    }
}
