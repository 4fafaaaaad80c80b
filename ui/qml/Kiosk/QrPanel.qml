pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Take-home QR codes: dark on light in every theme, large enough for a phone at 50 cm, numbered
// when the text needed more than one code, and beside them one line saying what to do. The
// panel fits a short screen's view whole, so it can be shown in view at once.
Card {
    id: panel
    // Which list this panel shows codes of: "questions" (My list) or "references".
    required property string kind
    // The height of the view it is shown in: the panel fits it whole, with its code as large as
    // that allows (up to Theme.qrSize).
    property real room: Window.height
    objectName: "qrPanel_" + kind
    readonly property bool shown: MyQuestions.codes.length > 0 && MyQuestions.codesKind === kind
    visible: shown
    border.color: Theme.primary
    border.width: Theme.borderStrong
    readonly property bool short: room < Theme.shortLayerHeight
    padding: short ? Theme.gap : 28

    RowLayout {
        spacing: 40
        Layout.fillWidth: true
        Flow {
            spacing: 24
            Layout.preferredWidth: Math.min(implicitWidth, panel.width * 0.55)
            Layout.alignment: Qt.AlignTop
            Repeater {
                model: MyQuestions.codes
                delegate: Column {
                    id: code
                    required property string modelData
                    required property int index
                    spacing: 8
                    Rectangle {
                        // White frame: the quiet zone stays light even in high contrast.
                        objectName: "qrCode_" + code.index
                        // Large, yet whole in view on a short screen.
                        width: Math.min(Theme.qrSize, panel.Window.height * 0.42,
                                        panel.room - 2 * panel.padding - 2 * Theme.gap)
                        height: width
                        color: Theme.qrLight
                        Image {
                            anchors.fill: parent
                            source: code.modelData
                            smooth: false
                            fillMode: Image.PreserveAspectFit
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code %1 of %2").arg(code.index + 1).arg(MyQuestions.codes.length)
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: MyQuestions.codes.length > 1
                        text: qsTr("Code %1 of %2").arg(code.index + 1).arg(MyQuestions.codes.length)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                }
            }
        }
        // On a short screen the words beside the code are smaller and closer, so "Hide the code"
        // stands in view beside it at every text size.
        ColumnLayout {
            spacing: panel.short ? Theme.gap : 20
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            BodyText {
                objectName: "qrInstruction"
                text: qsTr("Point your phone's camera at the code. Your phone shows the text; no app or internet is needed.")
                font.bold: true
                font.pixelSize: panel.short ? Theme.smallSize : Theme.bodySize
                lineHeight: panel.short ? 1.1 : Theme.lineHeight
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "qrClose"
                text: qsTr("Hide the code")
                iconName: "mdi6.close"
                labelSize: Theme.controlLabelSize
                minHeight: panel.short ? Theme.touchCompact : Theme.touchMin
                onClicked: MyQuestions.hideCodes()
            }
        }
    }
}
