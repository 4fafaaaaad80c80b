pragma Singleton
import QtQuick

// How many dialogs are open (ModalDialog counts itself in and out). Main.qml makes everything
// behind them inert while any is: no touch, key or screen-reader action reaches it.
QtObject {
    property int openCount: 0
}
