/// One module for clients: the database-free core comes with the store and use cases.
@_exported import AppInventoryCore
